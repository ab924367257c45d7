"""The ``__init__`` methods ``skatecalc._record`` generates for the package's record
classes, compiled with the package (start-up time). Written by
``scripts/compile_records.py``: do not edit.

Each function, called with a method's names as its globals, defines that method and
returns it; ``METHODS`` finds it by the method's source text.
"""

# Generated code: its sources are ``_record``'s, character for character.
# fmt: off
# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations


def _m0():  # skatecalc.championship.combinations.Combination.__init__
    def __init__(self, name, distances, title=_fields[2].default, final=_fields[3].default, source=_fields[4].default, status=_fields[5].default, aliases=_fields[6].default, cuts=_fields[7].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('distances', _convert_1(distances))
        _setattr('title', title)
        _setattr('final', final)
        _setattr('source', source)
        _setattr('status', status)
        _setattr('aliases', aliases)
        _setattr('cuts', _convert_7(cuts))
        _setattr('_labels', _factory_8(self))
        self.__attrs_post_init__()
    return __init__


def _m1():  # skatecalc.championship.qualification.Cut.__init__
    def __init__(self, after, size=_fields[1].default, source=_fields[2].default, status=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('after', after)
        _setattr('size', size)
        _setattr('source', source)
        _setattr('status', status)
        _validate_0(self, _fields[0], self.after)
        _validate_1(self, _fields[1], self.size)
    return __init__


def _m2():  # skatecalc.championship.qualification.FinalQualification.__init__
    def __init__(self, size=_fields[0].default, long_index=_fields[1].default, fill=_fields[2].default, source=_fields[3].default, status=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('size', size)
        _setattr('long_index', long_index)
        _setattr('fill', fill)
        _setattr('source', source)
        _setattr('status', status)
        _validate_0(self, _fields[0], self.size)
        _validate_1(self, _fields[1], self.long_index)
        _validate_2(self, _fields[2], self.fill)
    return __init__


def _m3():  # skatecalc.championship.qualification.SprintCut.__init__
    def __init__(self, size=_fields[0].default, source=_fields[1].default, status=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('size', size)
        _setattr('source', source)
        _setattr('status', status)
        _setattr('after', _fields[3].default)
        _validate_0(self, _fields[0], self.size)
    return __init__


def _m4():  # skatecalc.championship.standings.Standing.__init__
    def __init__(self, name, nation, rank, results, distance_thousandths, distance_ranks, total_thousandths, status=_fields[7].default, finalist=_fields[8].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('rank', rank)
        _setattr('results', results)
        _setattr('distance_thousandths', distance_thousandths)
        _setattr('distance_ranks', distance_ranks)
        _setattr('total_thousandths', total_thousandths)
        _setattr('status', status)
        _setattr('finalist', finalist)
    return __init__


def _m5():  # skatecalc.championship.standings.Standings.__init__
    def __init__(self, combination, after, entries, rounding=_fields[3].default, qualifiers=_fields[4].default, notes=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('combination', combination)
        _setattr('after', after)
        _setattr('_source', entries)
        _setattr('rounding', rounding)
        _setattr('qualifiers', qualifiers)
        _setattr('notes', notes)
        _setattr('_made', _fields[6].default)
    return __init__


def _m6():  # skatecalc.championship.targets.goals.Board.__init__
    def __init__(self, combination, distance, index, n_distances, finished, lines, podium=_fields[6].default, notes=_fields[7].default, field_size=_fields[8].default) -> None:
        _setattr = _bind(self)
        _setattr('combination', combination)
        _setattr('distance', distance)
        _setattr('index', index)
        _setattr('n_distances', n_distances)
        _setattr('finished', finished)
        _setattr('lines', lines)
        _setattr('podium', podium)
        _setattr('notes', notes)
        _setattr('field_size', field_size)
    return __init__


def _m7():  # skatecalc.championship.targets.goals.BoardLine.__init__
    def __init__(self, name, nation, rank, total, lead, podium) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('rank', rank)
        _setattr('total', total)
        _setattr('lead', lead)
        _setattr('podium', podium)
    return __init__


def _m8():  # skatecalc.championship.targets.live.Provisional.__init__
    def __init__(self, combination, index, distance, finished, field_size, lines, podium=_fields[6].default, notes=_fields[7].default) -> None:
        _setattr = _bind(self)
        _setattr('combination', combination)
        _setattr('index', index)
        _setattr('distance', distance)
        _setattr('finished', finished)
        _setattr('field_size', field_size)
        _setattr('lines', lines)
        _setattr('podium', podium)
        _setattr('notes', notes)
    return __init__


def _m9():  # skatecalc.championship.targets.live.ProvisionalLine.__init__
    def __init__(self, name, nation, rank, state, results, total, before_rank, before, distance_rank=_fields[8].default, lead=_fields[9].default, podium=_fields[10].default, completed=_fields[11].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('rank', rank)
        _setattr('state', state)
        _setattr('results', results)
        _setattr('total', total)
        _setattr('before_rank', before_rank)
        _setattr('before', before)
        _setattr('distance_rank', distance_rank)
        _setattr('lead', lead)
        _setattr('podium', podium)
        _setattr('completed', completed)
    return __init__


def _m10():  # skatecalc.championship.targets.requirement.Requirement.__init__
    def __init__(self, skater, distance, index, total, beat=_fields[4].default, rank=_fields[5].default, tie=_fields[6].default, opponent=_fields[7].default, opponent_total=_fields[8].default, opponent_time=_fields[9].default, target=_fields[10].default, time=_fields[11].default, reference=_fields[12].default, finished=_fields[13].default, contenders=_fields[14].default, rounding=_fields[15].default, notes=_fields[16].default) -> None:
        _setattr = _bind(self)
        _setattr('skater', skater)
        _setattr('distance', distance)
        _setattr('index', index)
        _setattr('total', total)
        _setattr('beat', beat)
        _setattr('rank', rank)
        _setattr('tie', tie)
        _setattr('opponent', opponent)
        _setattr('opponent_total', opponent_total)
        _setattr('opponent_time', opponent_time)
        _setattr('target', target)
        _setattr('time', time)
        _setattr('reference', reference)
        _setattr('finished', finished)
        _setattr('_contenders', contenders)
        _setattr('rounding', rounding)
        _setattr('notes', notes)
    return __init__


def _m11():  # skatecalc.championship.targets.requirement.Target.__init__
    def __init__(self, rank, time, to_pass, certain=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('time', time)
        _setattr('to_pass', to_pass)
        _setattr('certain', certain)
    return __init__


def _m12():  # skatecalc.cli.common.Source.__init__
    def __init__(self, text, name, suffix, example=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('text', text)
        _setattr('name', name)
        _setattr('suffix', suffix)
        _setattr('example', example)
    return __init__


def _m13():  # skatecalc.cli.common.Table.__init__
    def __init__(self, rows, text, title=_fields[2].default, key=_fields[3].default, local_rows=_fields[4].default, after=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('text', text)
        _setattr('title', title)
        _setattr('key', key)
        _setattr('local_rows', local_rows)
        _setattr('after', after)
    return __init__


def _m14():  # skatecalc.columns.Column.__init__
    def __init__(self, name, types, meaning, *, get=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('types', _convert_1(types))
        _setattr('meaning', meaning)
        _setattr('get', get)
    return __init__


def _m15():  # skatecalc.errors.Advice.__init__
    def __init__(self, python, cli) -> None:
        _setattr = _bind(self)
        _setattr('python', python)
        _setattr('cli', cli)
    return __init__


def _m16():  # skatecalc.examples.Example.__init__
    def __init__(self, name, kind, path, what, source, season=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('kind', kind)
        _setattr('path', path)
        _setattr('what', what)
        _setattr('source', source)
        _setattr('season', season)
    return __init__


def _m17():  # skatecalc.examples.ExampleList.__init__
    def __init__(self, examples) -> None:
        _setattr = _bind(self)
        _setattr('examples', examples)
    return __init__


def _m18():  # skatecalc.io.csvfile.CsvRecords.__init__
    def __init__(self, header, records, source, header_line) -> None:
        _setattr = _bind(self)
        _setattr('header', header)
        _setattr('records', records)
        _setattr('source', source)
        _setattr('header_line', header_line)
    return __init__


def _m19():  # skatecalc.io.csvfile.CsvRow.__init__
    def __init__(self, line, cells, header, source) -> None:
        _setattr = _bind(self)
        _setattr('line', line)
        _setattr('cells', cells)
        _setattr('header', header)
        _setattr('source', source)
    return __init__


def _m20():  # skatecalc.io.csvfile.CsvTable.__init__
    def __init__(self, header, rows, source, header_line) -> None:
        _setattr = _bind(self)
        _setattr('header', header)
        _setattr('rows', rows)
        _setattr('source', source)
        _setattr('header_line', header_line)
    return __init__


def _m21():  # skatecalc.io.feed.model.Competition.__init__
    def __init__(self, number, title, kind, distance, category, start, laps=_fields[6].default, round=_fields[7].default, is_live=_fields[8].default, is_official=_fields[9].default, division=_fields[10].default) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('title', title)
        _setattr('kind', kind)
        _setattr('distance', distance)
        _setattr('category', category)
        _setattr('start', start)
        _setattr('laps', laps)
        _setattr('round', round)
        _setattr('is_live', is_live)
        _setattr('is_official', is_official)
        _setattr('division', division)
    return __init__


def _m22():  # skatecalc.io.feed.model.Lap.__init__
    def __init__(self, number, time, passage, rank) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('time', time)
        _setattr('passage', passage)
        _setattr('rank', rank)
    return __init__


def _m23():  # skatecalc.io.feed.model.Line.__init__
    def __init__(self, name, nation, pair, lane, rank, status, time, behind, laps=_fields[8].default, gender=_fields[9].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('pair', pair)
        _setattr('lane', lane)
        _setattr('rank', rank)
        _setattr('status', status)
        _setattr('time', time)
        _setattr('behind', behind)
        _setattr('laps', laps)
        _setattr('gender', gender)
    return __init__


def _m24():  # skatecalc.io.feed.model.ScheduleItem.__init__
    def __init__(self, id, start, title, day, competition, published, live) -> None:
        _setattr = _bind(self)
        _setattr('id', id)
        _setattr('start', start)
        _setattr('title', title)
        _setattr('day', day)
        _setattr('competition', competition)
        _setattr('published', published)
        _setattr('live', live)
    return __init__


def _m25():  # skatecalc.io.feed.model.ServiceResults.__init__
    def __init__(self, lines, source=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('lines', lines)
        _setattr('source', source)
    return __init__


def _m26():  # skatecalc.io.listing.checks.Plan.__init__
    def __init__(self, bounds, time_start, cells) -> None:
        _setattr = _bind(self)
        _setattr('bounds', bounds)
        _setattr('time_start', time_start)
        _setattr('cells', cells)
    return __init__


def _m27():  # skatecalc.io.listing.model.Entry.__init__
    def __init__(self, place, name, nation, time=_fields[3].default, status=_fields[4].default, age_group=_fields[5].default, records=_fields[6].default, diff=_fields[7].default, line=_fields[8].default, printed_points=_fields[9].default, printed_name=_fields[10].default, pair=_fields[11].default, lane=_fields[12].default, footnote=_fields[13].default, laps=_fields[14].default, sprints=_fields[15].default, points_flag=_fields[16].default, passages=_fields[17].default) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('time', time)
        _setattr('status', status)
        _setattr('age_group', age_group)
        _setattr('records', records)
        _setattr('diff', diff)
        _setattr('line', line)
        _setattr('printed_points', printed_points)
        _setattr('printed_name', printed_name)
        _setattr('pair', pair)
        _setattr('lane', lane)
        _setattr('footnote', footnote)
        _setattr('laps', laps)
        _setattr('sprints', sprints)
        _setattr('points_flag', points_flag)
        _setattr('passages', passages)
        self.__attrs_post_init__()
    return __init__


def _m28():  # skatecalc.io.listing.model.Event.__init__
    def __init__(self, name, first_day, last_day, venue, races, source=_fields[5].default, line=_fields[6].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('first_day', first_day)
        _setattr('last_day', last_day)
        _setattr('venue', venue)
        _setattr('races', races)
        _setattr('source', source)
        _setattr('line', line)
    return __init__


def _m29():  # skatecalc.io.listing.model.Race.__init__
    def __init__(self, distance, gender, date, entries, division=_fields[4].default, line=_fields[5].default, warnings=_fields[6].default, single=_fields[7].default, number=_fields[8].default, printed_title=_fields[9].default, to_skate=_fields[10].default) -> None:
        _setattr = _bind(self)
        _setattr('distance', distance)
        _setattr('gender', gender)
        _setattr('date', date)
        _setattr('entries', entries)
        _setattr('division', division)
        _setattr('line', line)
        _setattr('warnings', warnings)
        _setattr('single', single)
        _setattr('number', number)
        _setattr('printed_title', printed_title)
        _setattr('to_skate', to_skate)
        self.__attrs_post_init__()
    return __init__


def _m30():  # skatecalc.io.listing.model.Team.__init__
    def __init__(self, place, nation, time, status, members) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('nation', nation)
        _setattr('time', time)
        _setattr('status', status)
        _setattr('members', members)
    return __init__


def _m31():  # skatecalc.io.olympic.TrialResults.__init__
    def __init__(self, results, mass_start, source) -> None:
        _setattr = _bind(self)
        _setattr('results', results)
        _setattr('mass_start', mass_start)
        _setattr('source', source)
    return __init__


def _m32():  # skatecalc.io.pdf.reader._Doc.__init__
    def __init__(self, name, venue, first, last, race) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('venue', venue)
        _setattr('first', first)
        _setattr('last', last)
        _setattr('race', race)
    return __init__


def _m33():  # skatecalc.io.results.ResultsFile.__init__
    def __init__(self, combination, results, nations, source, warnings=_fields[4].default, distance_places=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('combination', combination)
        _setattr('results', results)
        _setattr('nations', nations)
        _setattr('source', source)
        _setattr('warnings', warnings)
        _setattr('distance_places', distance_places)
    return __init__


def _m34():  # skatecalc.io.source.Input.__init__
    def __init__(self, name, format, event=_fields[2].default, text=_fields[3].default, suffix=_fields[4].default, holds=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('format', format)
        _setattr('event', event)
        _setattr('text', text)
        _setattr('suffix', suffix)
        _setattr('holds', holds)
    return __init__


def _m35():  # skatecalc.io.spellings.Alias.__init__
    def __init__(self, name, same_as, line) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('same_as', same_as)
        _setattr('line', line)
    return __init__


def _m36():  # skatecalc.io.spellings.Aliases.__init__
    def __init__(self, aliases, source=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('aliases', aliases)
        _setattr('source', source)
        self.__attrs_post_init__()
    return __init__


def _m37():  # skatecalc.io.worldcup.Season.__init__
    def __init__(self, rules, cups, source) -> None:
        _setattr = _bind(self)
        _setattr('rules', rules)
        _setattr('cups', cups)
        _setattr('source', source)
    return __init__


def _m38():  # skatecalc.messages.DistanceName.__init__
    def __init__(self, metres, nth=_fields[1].default, last=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('metres', metres)
        _setattr('nth', nth)
        _setattr('last', last)
    return __init__


def _m39():  # skatecalc.messages.Enumeration.__init__
    def __init__(self, items) -> None:
        _setattr = _bind(self)
        _setattr('items', items)
    return __init__


def _m40():  # skatecalc.messages.Ordinal.__init__
    def __init__(self, n) -> None:
        _setattr = _bind(self)
        _setattr('n', n)
    return __init__


def _m41():  # skatecalc.olympic.okt.OktEntry.__init__
    def __init__(self, place, name, result) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('name', name)
        _setattr('result', result)
    return __init__


def _m42():  # skatecalc.olympic.okt.OktRanking.__init__
    def __init__(self, distance, entries) -> None:
        _setattr = _bind(self)
        _setattr('distance', distance)
        _setattr('entries', entries)
    return __init__


def _m43():  # skatecalc.olympic.orders.OrderKey.__init__
    def __init__(self, name) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
    return __init__


def _m44():  # skatecalc.olympic.orders.OrderList.__init__
    def __init__(self, keys) -> None:
        _setattr = _bind(self)
        _setattr('keys', keys)
    return __init__


def _m45():  # skatecalc.olympic.orders.SelectionOrder.__init__
    def __init__(self, name, rows, tickets, discretionary=_fields[3].default, source=_fields[4].default, status=_fields[5].default, games=_fields[6].default, groups=_fields[7].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('rows', rows)
        _setattr('tickets', tickets)
        _setattr('discretionary', discretionary)
        _setattr('source', source)
        _setattr('status', status)
        _setattr('games', games)
        _setattr('groups', groups)
        _setattr('_by_distance', _factory_8())
        self.__attrs_post_init__()
    return __init__


def _m46():  # skatecalc.olympic.outlook.OutlookTable.__init__
    def __init__(self, order, tickets, discretionary, remaining, skaters) -> None:
        _setattr = _bind(self)
        _setattr('order', order)
        _setattr('tickets', tickets)
        _setattr('discretionary', discretionary)
        _setattr('remaining', remaining)
        _setattr('skaters', skaters)
    return __init__


def _m47():  # skatecalc.olympic.outlook.SkaterOutlook.__init__
    def __init__(self, name, status, first_row, best, worst, needs=_fields[5].default, routes=_fields[6].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('status', status)
        _setattr('first_row', first_row)
        _setattr('best', best)
        _setattr('worst', worst)
        _setattr('needs', needs)
        _setattr('routes', routes)
    return __init__


def _m48():  # skatecalc.olympic.quota.allocation.Allocation.__init__
    def __init__(self, event, places, reserve, cut=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('event', event)
        _setattr('places', places)
        _setattr('reserve', reserve)
        _setattr('cut', cut)
    return __init__


def _m49():  # skatecalc.olympic.quota.allocation.QualifierResult.__init__
    def __init__(self, name, noc, points, best=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('noc', noc)
        _setattr('points', points)
        _setattr('best', _convert_3(best))
        self.__attrs_post_init__()
    return __init__


def _m50():  # skatecalc.olympic.quota.allocation.QuotaEvent.__init__
    def __init__(self, gender, event, size, points_places, times_places, max_per_noc=_fields[5].default, split_status=_fields[6].default, year=_fields[7].default) -> None:
        _setattr = _bind(self)
        _setattr('gender', gender)
        _setattr('event', event)
        _setattr('size', size)
        _setattr('points_places', points_places)
        _setattr('times_places', times_places)
        _setattr('max_per_noc', max_per_noc)
        _setattr('split_status', split_status)
        _setattr('year', year)
        _validate_6(self, _fields[6], self.split_status)
        self.__attrs_post_init__()
    return __init__


def _m51():  # skatecalc.olympic.quota.allocation.QuotaPlace.__init__
    def __init__(self, noc, name, via) -> None:
        _setattr = _bind(self)
        _setattr('noc', noc)
        _setattr('name', name)
        _setattr('via', via)
    return __init__


def _m52():  # skatecalc.olympic.quota.games.GamesAllocation.__init__
    def __init__(self, events, removed, before, after, reduction=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('events', events)
        _setattr('removed', removed)
        _setattr('before', before)
        _setattr('after', after)
        _setattr('reduction', reduction)
    return __init__


def _m53():  # skatecalc.olympic.quota.games.QuotaRules.__init__
    def __init__(self, year, games, athletes, per_gender, events, max_per_noc_gender, reserve, source, status, split_source, max_per_noc_source=_fields[10].default, max_per_noc_status=_fields[11].default, reduction=_fields[12].default) -> None:
        _setattr = _bind(self)
        _setattr('year', year)
        _setattr('games', games)
        _setattr('athletes', athletes)
        _setattr('per_gender', per_gender)
        _setattr('events', events)
        _setattr('max_per_noc_gender', max_per_noc_gender)
        _setattr('reserve', reserve)
        _setattr('source', source)
        _setattr('status', status)
        _setattr('split_source', split_source)
        _setattr('max_per_noc_source', max_per_noc_source)
        _setattr('max_per_noc_status', max_per_noc_status)
        _setattr('reduction', reduction)
        _validate_8(self, _fields[8], self.status)
        _validate_11(self, _fields[11], self.max_per_noc_status)
    return __init__


def _m54():  # skatecalc.olympic.quota.games.Reduction.__init__
    def __init__(self, caps, order, source=_fields[2].default, status=_fields[3].default, method_status=_fields[4].default, provisional=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('caps', _convert_0(caps))
        _setattr('order', _convert_1(order))
        _setattr('source', source)
        _setattr('status', status)
        _setattr('method_status', method_status)
        _setattr('provisional', provisional)
        _validate_3(self, _fields[3], self.status)
        _validate_4(self, _fields[4], self.method_status)
    return __init__


def _m55():  # skatecalc.olympic.refill.Refill.__init__
    def __init__(self, name, reason) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('reason', reason)
    return __init__


def _m56():  # skatecalc.olympic.refill.Vacancy.__init__
    def __init__(self, row, freed_by, finishing, team, holding, starting, places=_fields[6].default) -> None:
        _setattr = _bind(self)
        _setattr('row', row)
        _setattr('freed_by', freed_by)
        _setattr('finishing', finishing)
        _setattr('team', team)
        _setattr('holding', holding)
        _setattr('starting', starting)
        _setattr('places', places)
        _setattr('_source', _fields[7].default)
    return __init__


def _m57():  # skatecalc.olympic.rows.Row.__init__
    def __init__(self, number, kind, distance=_fields[2].default, place=_fields[3].default, status=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('kind', kind)
        _setattr('distance', distance)
        _setattr('place', place)
        _setattr('status', status)
    return __init__


def _m58():  # skatecalc.olympic.rows.UnknownGroup.__init__
    def __init__(self, rows, holds) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('holds', holds)
    return __init__


def _m59():  # skatecalc.olympic.selection.RowOutcome.__init__
    def __init__(self, row, earned, holder, reason) -> None:
        _setattr = _bind(self)
        _setattr('row', row)
        _setattr('earned', earned)
        _setattr('holder', holder)
        _setattr('reason', reason)
    return __init__


def _m60():  # skatecalc.olympic.selection.Selection.__init__
    def __init__(self, order, tickets, names, team, added, assigned, dropped, rows, results, mass_start=_fields[9].default) -> None:
        _setattr = _bind(self)
        _setattr('order', order)
        _setattr('tickets', tickets)
        _setattr('names', names)
        _setattr('team', team)
        _setattr('added', added)
        _setattr('assigned', assigned)
        _setattr('dropped', dropped)
        _setattr('rows', rows)
        _setattr('results', results)
        _setattr('mass_start', mass_start)
        self.__attrs_post_init__()
    return __init__


def _m61():  # skatecalc.olympic.selection.SelectionEntry.__init__
    def __init__(self, name, number, first_row, status, team, designation, distances, mass_start) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('number', number)
        _setattr('first_row', first_row)
        _setattr('status', status)
        _setattr('team', team)
        _setattr('designation', designation)
        _setattr('distances', distances)
        _setattr('mass_start', mass_start)
    return __init__


def _m62():  # skatecalc.olympic.soqc.Soqc.__init__
    def __init__(self, rows, events, ties_rule, ties=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('events', events)
        _setattr('ties_rule', ties_rule)
        _setattr('ties', ties)
    return __init__


def _m63():  # skatecalc.olympic.soqc.SoqcResult.__init__
    def __init__(self, gender, distance, name, nation, points, place, division, time, venue, date, competition) -> None:
        _setattr = _bind(self)
        _setattr('gender', gender)
        _setattr('distance', distance)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('points', points)
        _setattr('place', place)
        _setattr('division', division)
        _setattr('time', _convert_7(time))
        _setattr('venue', venue)
        _setattr('date', date)
        _setattr('competition', competition)
        self.__attrs_post_init__()
    return __init__


def _m64():  # skatecalc.olympic.soqc.SoqcRow.__init__
    def __init__(self, gender, event, block, quota_rank, nation, no, name, points, time, venue, date, competition) -> None:
        _setattr = _bind(self)
        _setattr('gender', gender)
        _setattr('event', event)
        _setattr('block', block)
        _setattr('quota_rank', quota_rank)
        _setattr('nation', nation)
        _setattr('no', no)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('time', time)
        _setattr('venue', venue)
        _setattr('date', date)
        _setattr('competition', competition)
    return __init__


def _m65():  # skatecalc.olympic.soqc._Entrant.__init__
    def __init__(self, name, nation, points=_fields[2].default, places=NOTHING, best=_fields[4].default) -> None:
        self.name = name
        self.nation = nation
        self.points = points
        if places is NOTHING: places = _factory_3()
        self.places = places
        self.best = best
    return __init__


def _m66():  # skatecalc.olympic.walk.Designations.__init__
    def __init__(self, mass_start, added, assigned, designees) -> None:
        _setattr = _bind(self)
        _setattr('mass_start', mass_start)
        _setattr('added', added)
        _setattr('assigned', assigned)
        _setattr('designees', designees)
    return __init__


def _m67():  # skatecalc.olympic.walk.UniqueName.__init__
    def __init__(self, number, name, row) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('name', name)
        _setattr('row', row)
    return __init__


def _m68():  # skatecalc.rules.Source.__init__
    def __init__(self, text, url=_fields[1].default, date=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('text', text)
        _setattr('url', url)
        _setattr('date', date)
        self.__attrs_post_init__()
    return __init__


def _m69():  # skatecalc.text.layout.Layout.__init__
    def __init__(self, headers, rows, align=_fields[2].default, before=_fields[3].default, after=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('headers', _convert_0(headers))
        _setattr('rows', _convert_1(rows))
        _setattr('align', _convert_2(align))
        _setattr('before', _convert_3(before))
        _setattr('after', _convert_4(after))
        self.__attrs_post_init__()
    return __init__


def _m70():  # skatecalc.time.RaceTime.__init__
    def __init__(self, thousandths, precision=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('thousandths', thousandths)
        _setattr('precision', precision)
        self.__attrs_post_init__()
    return __init__


def _m71():  # skatecalc.worldcup.outlook.Guarantee.__init__
    def __init__(self, name, rival, place, unconditional, binding=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('rival', rival)
        _setattr('place', place)
        _setattr('unconditional', unconditional)
        _setattr('binding', binding)
    return __init__


def _m72():  # skatecalc.worldcup.outlook.Outlook.__init__
    def __init__(self, remaining, max_available, clinched, contenders, leader_guarantee, rows=_fields[5].default, entrant=_fields[6].default, season=_fields[7].default, cup=_fields[8].default) -> None:
        _setattr = _bind(self)
        _setattr('remaining', remaining)
        _setattr('max_available', max_available)
        _setattr('clinched', clinched)
        _setattr('contenders', contenders)
        _setattr('leader_guarantee', leader_guarantee)
        _setattr('rows', rows)
        _setattr('entrant', entrant)
        _setattr('season', season)
        _setattr('cup', cup)
    return __init__


def _m73():  # skatecalc.worldcup.outlook.OutlookRow.__init__
    def __init__(self, rank, name, points, wins, can_still_win) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('can_still_win', can_still_win)
    return __init__


def _m74():  # skatecalc.worldcup.races.MassStartEntry.__init__
    def __init__(self, rank, name, sprint_points, finish, status) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('sprint_points', sprint_points)
        _setattr('finish', finish)
        _setattr('status', status)
    return __init__


def _m75():  # skatecalc.worldcup.races.MassStartRanking.__init__
    def __init__(self, entries, rules) -> None:
        _setattr = _bind(self)
        _setattr('entries', entries)
        _setattr('rules', rules)
    return __init__


def _m76():  # skatecalc.worldcup.races.RaceResult.__init__
    def __init__(self, name, race, names, scores) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('race', race)
        _setattr('names', names)
        _setattr('scores', scores)
        self.__attrs_post_init__()
    return __init__


def _m77():  # skatecalc.worldcup.rules.Race.__init__
    def __init__(self, final=_fields[0].default, division=_fields[1].default, distance=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('final', final)
        _setattr('division', _convert_1(division))
        _setattr('distance', distance)
        _validate_0(self, _fields[0], self.final)
    return __init__


def _m78():  # skatecalc.worldcup.rules.Rules.__init__
    def __init__(self, season, division_a, division_b, final, mass_start=_fields[4].default, distance_tables=_fields[5].default, team_status=_fields[6].default, team_source=_fields[7].default, mass_start_points_status=_fields[8].default, final_field=_fields[9].default, tie_break=_fields[10].default, source=_fields[11].default) -> None:
        _setattr = _bind(self)
        _setattr('season', season)
        _setattr('division_a', division_a)
        _setattr('division_b', division_b)
        _setattr('final', final)
        _setattr('mass_start', mass_start)
        _setattr('distance_tables', distance_tables)
        _setattr('team_status', team_status)
        _setattr('team_source', team_source)
        _setattr('mass_start_points_status', mass_start_points_status)
        _setattr('final_field', final_field)
        _setattr('tie_break', tie_break)
        _setattr('source', source)
    return __init__


def _m79():  # skatecalc.worldcup.standings.Change.__init__
    def __init__(self, name, rank, before, added) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('rank', rank)
        _setattr('before', before)
        _setattr('added', added)
    return __init__


def _m80():  # skatecalc.worldcup.standings.Score.__init__
    def __init__(self, race, place, status, points, division=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('race', race)
        _setattr('place', place)
        _setattr('status', status)
        _setattr('points', points)
        _setattr('division', division)
    return __init__


def _m81():  # skatecalc.worldcup.standings.Standing.__init__
    def __init__(self, rank, name, points, wins, results) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('results', results)
    return __init__


def _m82():  # skatecalc.worldcup.standings.Standings.__init__
    def __init__(self, entries, races=_fields[1].default, entrant=_fields[2].default, season=_fields[3].default, cup=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('entries', entries)
        _setattr('races', races)
        _setattr('entrant', entrant)
        _setattr('season', season)
        _setattr('cup', cup)
    return __init__


def _m83():  # skatecalc.worldcup.standings.Tally.__init__
    def __init__(self, name, points, wins, results) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('results', _convert_3(results))
    return __init__


def _m84():  # skatecalc.worldcup.tables.FinalRule.__init__
    def __init__(self, kind, status=_fields[1].default, source=_fields[2].default, table=_fields[3].default, factor=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('kind', kind)
        _setattr('status', status)
        _setattr('source', source)
        _setattr('table', table)
        _setattr('factor', factor)
    return __init__


def _m85():  # skatecalc.worldcup.tables.MassStartRules.__init__
    def __init__(self, intermediate, final_sprint, sprint_laps=_fields[2].default, status=_fields[3].default, source=_fields[4].default, description=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('intermediate', intermediate)
        _setattr('final_sprint', final_sprint)
        _setattr('sprint_laps', sprint_laps)
        _setattr('status', status)
        _setattr('source', source)
        _setattr('description', description)
    return __init__


def _m86():  # skatecalc.worldcup.tables.PlacePoints.__init__
    def __init__(self, place, division_a, final, division_b) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('division_a', division_a)
        _setattr('final', final)
        _setattr('division_b', division_b)
    return __init__


def _m87():  # skatecalc.worldcup.tables.PointsTables.__init__
    def __init__(self, rules, places) -> None:
        _setattr = _bind(self)
        _setattr('rules', rules)
        _setattr('places', places)
    return __init__


def _m88():  # skatecalc.worldcup.tables.Table.__init__
    def __init__(self, name, values, length, note=_fields[3].default, source=_fields[4].default, supply=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('values', values)
        _setattr('length', length)
        _setattr('note', note)
        _setattr('source', source)
        _setattr('supply', supply)
        self.__attrs_post_init__()
    return __init__


def _m89():  # skatecalc.worldcup.tables.Value.__init__
    def __init__(self, points, status, source) -> None:
        _setattr = _bind(self)
        _setattr('points', points)
        _setattr('status', status)
        _setattr('source', source)
        self.__attrs_post_init__()
    return __init__


METHODS = {
    "def __init__(self, name, distances, title=_fields[2].default, final=_fields[3].default, source=_fields[4].default, status=_fields[5].default, aliases=_fields[6].default, cuts=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('distances', _convert_1(distances))\n    _setattr('title', title)\n    _setattr('final', final)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('aliases', aliases)\n    _setattr('cuts', _convert_7(cuts))\n    _setattr('_labels', _factory_8(self))\n    self.__attrs_post_init__()": _m0,
    "def __init__(self, after, size=_fields[1].default, source=_fields[2].default, status=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('after', after)\n    _setattr('size', size)\n    _setattr('source', source)\n    _setattr('status', status)\n    _validate_0(self, _fields[0], self.after)\n    _validate_1(self, _fields[1], self.size)": _m1,
    "def __init__(self, size=_fields[0].default, long_index=_fields[1].default, fill=_fields[2].default, source=_fields[3].default, status=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('size', size)\n    _setattr('long_index', long_index)\n    _setattr('fill', fill)\n    _setattr('source', source)\n    _setattr('status', status)\n    _validate_0(self, _fields[0], self.size)\n    _validate_1(self, _fields[1], self.long_index)\n    _validate_2(self, _fields[2], self.fill)": _m2,
    "def __init__(self, size=_fields[0].default, source=_fields[1].default, status=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('size', size)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('after', _fields[3].default)\n    _validate_0(self, _fields[0], self.size)": _m3,
    "def __init__(self, name, nation, rank, results, distance_thousandths, distance_ranks, total_thousandths, status=_fields[7].default, finalist=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('results', results)\n    _setattr('distance_thousandths', distance_thousandths)\n    _setattr('distance_ranks', distance_ranks)\n    _setattr('total_thousandths', total_thousandths)\n    _setattr('status', status)\n    _setattr('finalist', finalist)": _m4,
    "def __init__(self, combination, after, entries, rounding=_fields[3].default, qualifiers=_fields[4].default, notes=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('after', after)\n    _setattr('_source', entries)\n    _setattr('rounding', rounding)\n    _setattr('qualifiers', qualifiers)\n    _setattr('notes', notes)\n    _setattr('_made', _fields[6].default)": _m5,
    "def __init__(self, combination, distance, index, n_distances, finished, lines, podium=_fields[6].default, notes=_fields[7].default, field_size=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('distance', distance)\n    _setattr('index', index)\n    _setattr('n_distances', n_distances)\n    _setattr('finished', finished)\n    _setattr('lines', lines)\n    _setattr('podium', podium)\n    _setattr('notes', notes)\n    _setattr('field_size', field_size)": _m6,
    "def __init__(self, name, nation, rank, total, lead, podium) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('total', total)\n    _setattr('lead', lead)\n    _setattr('podium', podium)": _m7,
    "def __init__(self, combination, index, distance, finished, field_size, lines, podium=_fields[6].default, notes=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('index', index)\n    _setattr('distance', distance)\n    _setattr('finished', finished)\n    _setattr('field_size', field_size)\n    _setattr('lines', lines)\n    _setattr('podium', podium)\n    _setattr('notes', notes)": _m8,
    "def __init__(self, name, nation, rank, state, results, total, before_rank, before, distance_rank=_fields[8].default, lead=_fields[9].default, podium=_fields[10].default, completed=_fields[11].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('state', state)\n    _setattr('results', results)\n    _setattr('total', total)\n    _setattr('before_rank', before_rank)\n    _setattr('before', before)\n    _setattr('distance_rank', distance_rank)\n    _setattr('lead', lead)\n    _setattr('podium', podium)\n    _setattr('completed', completed)": _m9,
    "def __init__(self, skater, distance, index, total, beat=_fields[4].default, rank=_fields[5].default, tie=_fields[6].default, opponent=_fields[7].default, opponent_total=_fields[8].default, opponent_time=_fields[9].default, target=_fields[10].default, time=_fields[11].default, reference=_fields[12].default, finished=_fields[13].default, contenders=_fields[14].default, rounding=_fields[15].default, notes=_fields[16].default) -> None:\n    _setattr = _bind(self)\n    _setattr('skater', skater)\n    _setattr('distance', distance)\n    _setattr('index', index)\n    _setattr('total', total)\n    _setattr('beat', beat)\n    _setattr('rank', rank)\n    _setattr('tie', tie)\n    _setattr('opponent', opponent)\n    _setattr('opponent_total', opponent_total)\n    _setattr('opponent_time', opponent_time)\n    _setattr('target', target)\n    _setattr('time', time)\n    _setattr('reference', reference)\n    _setattr('finished', finished)\n    _setattr('_contenders', contenders)\n    _setattr('rounding', rounding)\n    _setattr('notes', notes)": _m10,
    "def __init__(self, rank, time, to_pass, certain=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('time', time)\n    _setattr('to_pass', to_pass)\n    _setattr('certain', certain)": _m11,
    "def __init__(self, text, name, suffix, example=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('text', text)\n    _setattr('name', name)\n    _setattr('suffix', suffix)\n    _setattr('example', example)": _m12,
    "def __init__(self, rows, text, title=_fields[2].default, key=_fields[3].default, local_rows=_fields[4].default, after=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('text', text)\n    _setattr('title', title)\n    _setattr('key', key)\n    _setattr('local_rows', local_rows)\n    _setattr('after', after)": _m13,
    "def __init__(self, name, types, meaning, *, get=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('types', _convert_1(types))\n    _setattr('meaning', meaning)\n    _setattr('get', get)": _m14,
    "def __init__(self, python, cli) -> None:\n    _setattr = _bind(self)\n    _setattr('python', python)\n    _setattr('cli', cli)": _m15,
    "def __init__(self, name, kind, path, what, source, season=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('kind', kind)\n    _setattr('path', path)\n    _setattr('what', what)\n    _setattr('source', source)\n    _setattr('season', season)": _m16,
    "def __init__(self, examples) -> None:\n    _setattr = _bind(self)\n    _setattr('examples', examples)": _m17,
    "def __init__(self, header, records, source, header_line) -> None:\n    _setattr = _bind(self)\n    _setattr('header', header)\n    _setattr('records', records)\n    _setattr('source', source)\n    _setattr('header_line', header_line)": _m18,
    "def __init__(self, line, cells, header, source) -> None:\n    _setattr = _bind(self)\n    _setattr('line', line)\n    _setattr('cells', cells)\n    _setattr('header', header)\n    _setattr('source', source)": _m19,
    "def __init__(self, header, rows, source, header_line) -> None:\n    _setattr = _bind(self)\n    _setattr('header', header)\n    _setattr('rows', rows)\n    _setattr('source', source)\n    _setattr('header_line', header_line)": _m20,
    "def __init__(self, number, title, kind, distance, category, start, laps=_fields[6].default, round=_fields[7].default, is_live=_fields[8].default, is_official=_fields[9].default, division=_fields[10].default) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('title', title)\n    _setattr('kind', kind)\n    _setattr('distance', distance)\n    _setattr('category', category)\n    _setattr('start', start)\n    _setattr('laps', laps)\n    _setattr('round', round)\n    _setattr('is_live', is_live)\n    _setattr('is_official', is_official)\n    _setattr('division', division)": _m21,
    "def __init__(self, number, time, passage, rank) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('time', time)\n    _setattr('passage', passage)\n    _setattr('rank', rank)": _m22,
    "def __init__(self, name, nation, pair, lane, rank, status, time, behind, laps=_fields[8].default, gender=_fields[9].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('pair', pair)\n    _setattr('lane', lane)\n    _setattr('rank', rank)\n    _setattr('status', status)\n    _setattr('time', time)\n    _setattr('behind', behind)\n    _setattr('laps', laps)\n    _setattr('gender', gender)": _m23,
    "def __init__(self, id, start, title, day, competition, published, live) -> None:\n    _setattr = _bind(self)\n    _setattr('id', id)\n    _setattr('start', start)\n    _setattr('title', title)\n    _setattr('day', day)\n    _setattr('competition', competition)\n    _setattr('published', published)\n    _setattr('live', live)": _m24,
    "def __init__(self, lines, source=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('lines', lines)\n    _setattr('source', source)": _m25,
    "def __init__(self, bounds, time_start, cells) -> None:\n    _setattr = _bind(self)\n    _setattr('bounds', bounds)\n    _setattr('time_start', time_start)\n    _setattr('cells', cells)": _m26,
    "def __init__(self, place, name, nation, time=_fields[3].default, status=_fields[4].default, age_group=_fields[5].default, records=_fields[6].default, diff=_fields[7].default, line=_fields[8].default, printed_points=_fields[9].default, printed_name=_fields[10].default, pair=_fields[11].default, lane=_fields[12].default, footnote=_fields[13].default, laps=_fields[14].default, sprints=_fields[15].default, points_flag=_fields[16].default, passages=_fields[17].default) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('time', time)\n    _setattr('status', status)\n    _setattr('age_group', age_group)\n    _setattr('records', records)\n    _setattr('diff', diff)\n    _setattr('line', line)\n    _setattr('printed_points', printed_points)\n    _setattr('printed_name', printed_name)\n    _setattr('pair', pair)\n    _setattr('lane', lane)\n    _setattr('footnote', footnote)\n    _setattr('laps', laps)\n    _setattr('sprints', sprints)\n    _setattr('points_flag', points_flag)\n    _setattr('passages', passages)\n    self.__attrs_post_init__()": _m27,
    "def __init__(self, name, first_day, last_day, venue, races, source=_fields[5].default, line=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('first_day', first_day)\n    _setattr('last_day', last_day)\n    _setattr('venue', venue)\n    _setattr('races', races)\n    _setattr('source', source)\n    _setattr('line', line)": _m28,
    "def __init__(self, distance, gender, date, entries, division=_fields[4].default, line=_fields[5].default, warnings=_fields[6].default, single=_fields[7].default, number=_fields[8].default, printed_title=_fields[9].default, to_skate=_fields[10].default) -> None:\n    _setattr = _bind(self)\n    _setattr('distance', distance)\n    _setattr('gender', gender)\n    _setattr('date', date)\n    _setattr('entries', entries)\n    _setattr('division', division)\n    _setattr('line', line)\n    _setattr('warnings', warnings)\n    _setattr('single', single)\n    _setattr('number', number)\n    _setattr('printed_title', printed_title)\n    _setattr('to_skate', to_skate)\n    self.__attrs_post_init__()": _m29,
    "def __init__(self, place, nation, time, status, members) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('nation', nation)\n    _setattr('time', time)\n    _setattr('status', status)\n    _setattr('members', members)": _m30,
    "def __init__(self, results, mass_start, source) -> None:\n    _setattr = _bind(self)\n    _setattr('results', results)\n    _setattr('mass_start', mass_start)\n    _setattr('source', source)": _m31,
    "def __init__(self, name, venue, first, last, race) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('venue', venue)\n    _setattr('first', first)\n    _setattr('last', last)\n    _setattr('race', race)": _m32,
    "def __init__(self, combination, results, nations, source, warnings=_fields[4].default, distance_places=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('results', results)\n    _setattr('nations', nations)\n    _setattr('source', source)\n    _setattr('warnings', warnings)\n    _setattr('distance_places', distance_places)": _m33,
    "def __init__(self, name, format, event=_fields[2].default, text=_fields[3].default, suffix=_fields[4].default, holds=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('format', format)\n    _setattr('event', event)\n    _setattr('text', text)\n    _setattr('suffix', suffix)\n    _setattr('holds', holds)": _m34,
    "def __init__(self, name, same_as, line) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('same_as', same_as)\n    _setattr('line', line)": _m35,
    "def __init__(self, aliases, source=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('aliases', aliases)\n    _setattr('source', source)\n    self.__attrs_post_init__()": _m36,
    "def __init__(self, rules, cups, source) -> None:\n    _setattr = _bind(self)\n    _setattr('rules', rules)\n    _setattr('cups', cups)\n    _setattr('source', source)": _m37,
    "def __init__(self, metres, nth=_fields[1].default, last=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('metres', metres)\n    _setattr('nth', nth)\n    _setattr('last', last)": _m38,
    "def __init__(self, items) -> None:\n    _setattr = _bind(self)\n    _setattr('items', items)": _m39,
    "def __init__(self, n) -> None:\n    _setattr = _bind(self)\n    _setattr('n', n)": _m40,
    "def __init__(self, place, name, result) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('name', name)\n    _setattr('result', result)": _m41,
    "def __init__(self, distance, entries) -> None:\n    _setattr = _bind(self)\n    _setattr('distance', distance)\n    _setattr('entries', entries)": _m42,
    "def __init__(self, name) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)": _m43,
    "def __init__(self, keys) -> None:\n    _setattr = _bind(self)\n    _setattr('keys', keys)": _m44,
    "def __init__(self, name, rows, tickets, discretionary=_fields[3].default, source=_fields[4].default, status=_fields[5].default, games=_fields[6].default, groups=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rows', rows)\n    _setattr('tickets', tickets)\n    _setattr('discretionary', discretionary)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('games', games)\n    _setattr('groups', groups)\n    _setattr('_by_distance', _factory_8())\n    self.__attrs_post_init__()": _m45,
    "def __init__(self, order, tickets, discretionary, remaining, skaters) -> None:\n    _setattr = _bind(self)\n    _setattr('order', order)\n    _setattr('tickets', tickets)\n    _setattr('discretionary', discretionary)\n    _setattr('remaining', remaining)\n    _setattr('skaters', skaters)": _m46,
    "def __init__(self, name, status, first_row, best, worst, needs=_fields[5].default, routes=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('status', status)\n    _setattr('first_row', first_row)\n    _setattr('best', best)\n    _setattr('worst', worst)\n    _setattr('needs', needs)\n    _setattr('routes', routes)": _m47,
    "def __init__(self, event, places, reserve, cut=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('event', event)\n    _setattr('places', places)\n    _setattr('reserve', reserve)\n    _setattr('cut', cut)": _m48,
    "def __init__(self, name, noc, points, best=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('noc', noc)\n    _setattr('points', points)\n    _setattr('best', _convert_3(best))\n    self.__attrs_post_init__()": _m49,
    "def __init__(self, gender, event, size, points_places, times_places, max_per_noc=_fields[5].default, split_status=_fields[6].default, year=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('event', event)\n    _setattr('size', size)\n    _setattr('points_places', points_places)\n    _setattr('times_places', times_places)\n    _setattr('max_per_noc', max_per_noc)\n    _setattr('split_status', split_status)\n    _setattr('year', year)\n    _validate_6(self, _fields[6], self.split_status)\n    self.__attrs_post_init__()": _m50,
    "def __init__(self, noc, name, via) -> None:\n    _setattr = _bind(self)\n    _setattr('noc', noc)\n    _setattr('name', name)\n    _setattr('via', via)": _m51,
    "def __init__(self, events, removed, before, after, reduction=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('events', events)\n    _setattr('removed', removed)\n    _setattr('before', before)\n    _setattr('after', after)\n    _setattr('reduction', reduction)": _m52,
    "def __init__(self, year, games, athletes, per_gender, events, max_per_noc_gender, reserve, source, status, split_source, max_per_noc_source=_fields[10].default, max_per_noc_status=_fields[11].default, reduction=_fields[12].default) -> None:\n    _setattr = _bind(self)\n    _setattr('year', year)\n    _setattr('games', games)\n    _setattr('athletes', athletes)\n    _setattr('per_gender', per_gender)\n    _setattr('events', events)\n    _setattr('max_per_noc_gender', max_per_noc_gender)\n    _setattr('reserve', reserve)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('split_source', split_source)\n    _setattr('max_per_noc_source', max_per_noc_source)\n    _setattr('max_per_noc_status', max_per_noc_status)\n    _setattr('reduction', reduction)\n    _validate_8(self, _fields[8], self.status)\n    _validate_11(self, _fields[11], self.max_per_noc_status)": _m53,
    "def __init__(self, caps, order, source=_fields[2].default, status=_fields[3].default, method_status=_fields[4].default, provisional=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('caps', _convert_0(caps))\n    _setattr('order', _convert_1(order))\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('method_status', method_status)\n    _setattr('provisional', provisional)\n    _validate_3(self, _fields[3], self.status)\n    _validate_4(self, _fields[4], self.method_status)": _m54,
    "def __init__(self, name, reason) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('reason', reason)": _m55,
    "def __init__(self, row, freed_by, finishing, team, holding, starting, places=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('row', row)\n    _setattr('freed_by', freed_by)\n    _setattr('finishing', finishing)\n    _setattr('team', team)\n    _setattr('holding', holding)\n    _setattr('starting', starting)\n    _setattr('places', places)\n    _setattr('_source', _fields[7].default)": _m56,
    "def __init__(self, number, kind, distance=_fields[2].default, place=_fields[3].default, status=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('kind', kind)\n    _setattr('distance', distance)\n    _setattr('place', place)\n    _setattr('status', status)": _m57,
    "def __init__(self, rows, holds) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('holds', holds)": _m58,
    "def __init__(self, row, earned, holder, reason) -> None:\n    _setattr = _bind(self)\n    _setattr('row', row)\n    _setattr('earned', earned)\n    _setattr('holder', holder)\n    _setattr('reason', reason)": _m59,
    "def __init__(self, order, tickets, names, team, added, assigned, dropped, rows, results, mass_start=_fields[9].default) -> None:\n    _setattr = _bind(self)\n    _setattr('order', order)\n    _setattr('tickets', tickets)\n    _setattr('names', names)\n    _setattr('team', team)\n    _setattr('added', added)\n    _setattr('assigned', assigned)\n    _setattr('dropped', dropped)\n    _setattr('rows', rows)\n    _setattr('results', results)\n    _setattr('mass_start', mass_start)\n    self.__attrs_post_init__()": _m60,
    "def __init__(self, name, number, first_row, status, team, designation, distances, mass_start) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('number', number)\n    _setattr('first_row', first_row)\n    _setattr('status', status)\n    _setattr('team', team)\n    _setattr('designation', designation)\n    _setattr('distances', distances)\n    _setattr('mass_start', mass_start)": _m61,
    "def __init__(self, rows, events, ties_rule, ties=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('events', events)\n    _setattr('ties_rule', ties_rule)\n    _setattr('ties', ties)": _m62,
    "def __init__(self, gender, distance, name, nation, points, place, division, time, venue, date, competition) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('distance', distance)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('points', points)\n    _setattr('place', place)\n    _setattr('division', division)\n    _setattr('time', _convert_7(time))\n    _setattr('venue', venue)\n    _setattr('date', date)\n    _setattr('competition', competition)\n    self.__attrs_post_init__()": _m63,
    "def __init__(self, gender, event, block, quota_rank, nation, no, name, points, time, venue, date, competition) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('event', event)\n    _setattr('block', block)\n    _setattr('quota_rank', quota_rank)\n    _setattr('nation', nation)\n    _setattr('no', no)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('time', time)\n    _setattr('venue', venue)\n    _setattr('date', date)\n    _setattr('competition', competition)": _m64,
    'def __init__(self, name, nation, points=_fields[2].default, places=NOTHING, best=_fields[4].default) -> None:\n    self.name = name\n    self.nation = nation\n    self.points = points\n    if places is NOTHING: places = _factory_3()\n    self.places = places\n    self.best = best': _m65,
    "def __init__(self, mass_start, added, assigned, designees) -> None:\n    _setattr = _bind(self)\n    _setattr('mass_start', mass_start)\n    _setattr('added', added)\n    _setattr('assigned', assigned)\n    _setattr('designees', designees)": _m66,
    "def __init__(self, number, name, row) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('name', name)\n    _setattr('row', row)": _m67,
    "def __init__(self, text, url=_fields[1].default, date=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('text', text)\n    _setattr('url', url)\n    _setattr('date', date)\n    self.__attrs_post_init__()": _m68,
    "def __init__(self, headers, rows, align=_fields[2].default, before=_fields[3].default, after=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('headers', _convert_0(headers))\n    _setattr('rows', _convert_1(rows))\n    _setattr('align', _convert_2(align))\n    _setattr('before', _convert_3(before))\n    _setattr('after', _convert_4(after))\n    self.__attrs_post_init__()": _m69,
    "def __init__(self, thousandths, precision=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('thousandths', thousandths)\n    _setattr('precision', precision)\n    self.__attrs_post_init__()": _m70,
    "def __init__(self, name, rival, place, unconditional, binding=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rival', rival)\n    _setattr('place', place)\n    _setattr('unconditional', unconditional)\n    _setattr('binding', binding)": _m71,
    "def __init__(self, remaining, max_available, clinched, contenders, leader_guarantee, rows=_fields[5].default, entrant=_fields[6].default, season=_fields[7].default, cup=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('remaining', remaining)\n    _setattr('max_available', max_available)\n    _setattr('clinched', clinched)\n    _setattr('contenders', contenders)\n    _setattr('leader_guarantee', leader_guarantee)\n    _setattr('rows', rows)\n    _setattr('entrant', entrant)\n    _setattr('season', season)\n    _setattr('cup', cup)": _m72,
    "def __init__(self, rank, name, points, wins, can_still_win) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('can_still_win', can_still_win)": _m73,
    "def __init__(self, rank, name, sprint_points, finish, status) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('sprint_points', sprint_points)\n    _setattr('finish', finish)\n    _setattr('status', status)": _m74,
    "def __init__(self, entries, rules) -> None:\n    _setattr = _bind(self)\n    _setattr('entries', entries)\n    _setattr('rules', rules)": _m75,
    "def __init__(self, name, race, names, scores) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('race', race)\n    _setattr('names', names)\n    _setattr('scores', scores)\n    self.__attrs_post_init__()": _m76,
    "def __init__(self, final=_fields[0].default, division=_fields[1].default, distance=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('final', final)\n    _setattr('division', _convert_1(division))\n    _setattr('distance', distance)\n    _validate_0(self, _fields[0], self.final)": _m77,
    "def __init__(self, season, division_a, division_b, final, mass_start=_fields[4].default, distance_tables=_fields[5].default, team_status=_fields[6].default, team_source=_fields[7].default, mass_start_points_status=_fields[8].default, final_field=_fields[9].default, tie_break=_fields[10].default, source=_fields[11].default) -> None:\n    _setattr = _bind(self)\n    _setattr('season', season)\n    _setattr('division_a', division_a)\n    _setattr('division_b', division_b)\n    _setattr('final', final)\n    _setattr('mass_start', mass_start)\n    _setattr('distance_tables', distance_tables)\n    _setattr('team_status', team_status)\n    _setattr('team_source', team_source)\n    _setattr('mass_start_points_status', mass_start_points_status)\n    _setattr('final_field', final_field)\n    _setattr('tie_break', tie_break)\n    _setattr('source', source)": _m78,
    "def __init__(self, name, rank, before, added) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rank', rank)\n    _setattr('before', before)\n    _setattr('added', added)": _m79,
    "def __init__(self, race, place, status, points, division=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('race', race)\n    _setattr('place', place)\n    _setattr('status', status)\n    _setattr('points', points)\n    _setattr('division', division)": _m80,
    "def __init__(self, rank, name, points, wins, results) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('results', results)": _m81,
    "def __init__(self, entries, races=_fields[1].default, entrant=_fields[2].default, season=_fields[3].default, cup=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('entries', entries)\n    _setattr('races', races)\n    _setattr('entrant', entrant)\n    _setattr('season', season)\n    _setattr('cup', cup)": _m82,
    "def __init__(self, name, points, wins, results) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('results', _convert_3(results))": _m83,
    "def __init__(self, kind, status=_fields[1].default, source=_fields[2].default, table=_fields[3].default, factor=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('kind', kind)\n    _setattr('status', status)\n    _setattr('source', source)\n    _setattr('table', table)\n    _setattr('factor', factor)": _m84,
    "def __init__(self, intermediate, final_sprint, sprint_laps=_fields[2].default, status=_fields[3].default, source=_fields[4].default, description=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('intermediate', intermediate)\n    _setattr('final_sprint', final_sprint)\n    _setattr('sprint_laps', sprint_laps)\n    _setattr('status', status)\n    _setattr('source', source)\n    _setattr('description', description)": _m85,
    "def __init__(self, place, division_a, final, division_b) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('division_a', division_a)\n    _setattr('final', final)\n    _setattr('division_b', division_b)": _m86,
    "def __init__(self, rules, places) -> None:\n    _setattr = _bind(self)\n    _setattr('rules', rules)\n    _setattr('places', places)": _m87,
    "def __init__(self, name, values, length, note=_fields[3].default, source=_fields[4].default, supply=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('values', values)\n    _setattr('length', length)\n    _setattr('note', note)\n    _setattr('source', source)\n    _setattr('supply', supply)\n    self.__attrs_post_init__()": _m88,
    "def __init__(self, points, status, source) -> None:\n    _setattr = _bind(self)\n    _setattr('points', points)\n    _setattr('status', status)\n    _setattr('source', source)\n    self.__attrs_post_init__()": _m89,
}
