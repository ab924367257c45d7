"""The ``__hash__`` methods ``skatecalc._record`` generates for the package's record
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


def _m0():  # skatecalc.championship.combinations.Combination.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.distances, self.title, self.final, self.source, self.status, self.aliases, self.cuts))
    return __hash__


def _m1():  # skatecalc.championship.qualification.Cut.__hash__
    def __hash__(self):
        return hash((_class_hash, self.after, self.size, self.source, self.status))
    return __hash__


def _m2():  # skatecalc.championship.qualification.FinalQualification.__hash__
    def __hash__(self):
        return hash((_class_hash, self.size, self.long_index, self.fill, self.source, self.status))
    return __hash__


def _m3():  # skatecalc.championship.qualification.SprintCut.__hash__
    def __hash__(self):
        return hash((_class_hash, self.size, self.source, self.status, self.after))
    return __hash__


def _m4():  # skatecalc.championship.standings.Standing.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.results, self.distance_thousandths, self.distance_ranks, self.total_thousandths, self.status, self.finalist))
    return __hash__


def _m5():  # skatecalc.championship.targets.goals.Board.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.distance, self.index, self.n_distances, self.finished, self.lines, self.podium, self.notes, self.field_size))
    return __hash__


def _m6():  # skatecalc.championship.targets.goals.BoardLine.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.total, self.lead, self.podium))
    return __hash__


def _m7():  # skatecalc.championship.targets.live.Provisional.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.index, self.distance, self.finished, self.field_size, self.lines, self.podium, self.notes))
    return __hash__


def _m8():  # skatecalc.championship.targets.live.ProvisionalLine.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.state, self.results, self.total, self.before_rank, self.before, self.distance_rank, self.lead, self.podium, self.completed))
    return __hash__


def _m9():  # skatecalc.championship.targets.requirement.Requirement.__hash__
    def __hash__(self):
        return hash((_class_hash, self.skater, self.distance, self.index, self.total, self.beat, self.rank, self.tie, self.opponent, self.opponent_total, self.opponent_time, self.target, self.time, self.reference, self.finished, self._contenders, self.rounding, self.notes))
    return __hash__


def _m10():  # skatecalc.championship.targets.requirement.Target.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.time, self.to_pass, self.certain))
    return __hash__


def _m11():  # skatecalc.cli.common.Source.__hash__
    def __hash__(self):
        return hash((_class_hash, self.text, self.name, self.suffix, self.example))
    return __hash__


def _m12():  # skatecalc.cli.common.Table.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.text, self.title, self.key, self.local_rows, self.after))
    return __hash__


def _m13():  # skatecalc.columns.Column.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.types, self.meaning))
    return __hash__


def _m14():  # skatecalc.errors.Advice.__hash__
    def __hash__(self):
        return hash((_class_hash, self.python, self.cli))
    return __hash__


def _m15():  # skatecalc.examples.Example.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.kind, self.path, self.what, self.source, self.season))
    return __hash__


def _m16():  # skatecalc.examples.ExampleList.__hash__
    def __hash__(self):
        return hash((_class_hash, self.examples))
    return __hash__


def _m17():  # skatecalc.io.csvfile.CsvRecords.__hash__
    def __hash__(self):
        return hash((_class_hash, self.header, self.records, self.source, self.header_line))
    return __hash__


def _m18():  # skatecalc.io.csvfile.CsvRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.line, self.cells, self.header, self.source))
    return __hash__


def _m19():  # skatecalc.io.csvfile.CsvTable.__hash__
    def __hash__(self):
        return hash((_class_hash, self.header, self.rows, self.source, self.header_line))
    return __hash__


def _m20():  # skatecalc.io.feed.model.Competition.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.title, self.kind, self.distance, self.category, self.start, self.laps, self.round, self.is_live, self.is_official, self.division))
    return __hash__


def _m21():  # skatecalc.io.feed.model.Lap.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.time, self.passage, self.rank))
    return __hash__


def _m22():  # skatecalc.io.feed.model.Line.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.pair, self.lane, self.rank, self.status, self.time, self.behind, self.laps, self.gender))
    return __hash__


def _m23():  # skatecalc.io.feed.model.ScheduleItem.__hash__
    def __hash__(self):
        return hash((_class_hash, self.id, self.start, self.title, self.day, self.competition, self.published, self.live))
    return __hash__


def _m24():  # skatecalc.io.feed.model.ServiceResults.__hash__
    def __hash__(self):
        return hash((_class_hash, self.lines))
    return __hash__


def _m25():  # skatecalc.io.listing.checks.Plan.__hash__
    def __hash__(self):
        return hash((_class_hash, self.bounds, self.time_start, self.cells))
    return __hash__


def _m26():  # skatecalc.io.listing.model.Entry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.name, self.nation, self.time, self.status, self.age_group, self.records, self.diff))
    return __hash__


def _m27():  # skatecalc.io.listing.model.Event.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.first_day, self.last_day, self.venue, self.races))
    return __hash__


def _m28():  # skatecalc.io.listing.model.Race.__hash__
    def __hash__(self):
        return hash((_class_hash, self.distance, self.gender, self.date, self.entries, self.division))
    return __hash__


def _m29():  # skatecalc.io.listing.model.Team.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.nation, self.time, self.status, self.members))
    return __hash__


def _m30():  # skatecalc.io.olympic.TrialResults.__hash__
    def __hash__(self):
        return hash((_class_hash, self.results, self.mass_start, self.source))
    return __hash__


def _m31():  # skatecalc.io.pdf.reader._Doc.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.venue, self.first, self.last, self.race))
    return __hash__


def _m32():  # skatecalc.io.results.ResultsFile.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.results, self.nations, self.source, self.warnings, self.distance_places))
    return __hash__


def _m33():  # skatecalc.io.source.Input.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.format, self.event, self.text, self.suffix, self.holds))
    return __hash__


def _m34():  # skatecalc.io.spellings.Alias.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.same_as, self.line))
    return __hash__


def _m35():  # skatecalc.io.spellings.Aliases.__hash__
    def __hash__(self):
        return hash((_class_hash, self.aliases, self.source))
    return __hash__


def _m36():  # skatecalc.io.worldcup.Season.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rules, self.cups, self.source))
    return __hash__


def _m37():  # skatecalc.messages.DistanceName.__hash__
    def __hash__(self):
        return hash((_class_hash, self.metres, self.nth, self.last))
    return __hash__


def _m38():  # skatecalc.messages.Enumeration.__hash__
    def __hash__(self):
        return hash((_class_hash, self.items))
    return __hash__


def _m39():  # skatecalc.messages.Ordinal.__hash__
    def __hash__(self):
        return hash((_class_hash, self.n))
    return __hash__


def _m40():  # skatecalc.olympic.okt.OktEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.name, self.result))
    return __hash__


def _m41():  # skatecalc.olympic.okt.OktRanking.__hash__
    def __hash__(self):
        return hash((_class_hash, self.distance, self.entries))
    return __hash__


def _m42():  # skatecalc.olympic.orders.OrderKey.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name))
    return __hash__


def _m43():  # skatecalc.olympic.orders.OrderList.__hash__
    def __hash__(self):
        return hash((_class_hash, self.keys))
    return __hash__


def _m44():  # skatecalc.olympic.orders.SelectionOrder.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rows, self.tickets, self.discretionary, self.source, self.status, self.games, self.groups))
    return __hash__


def _m45():  # skatecalc.olympic.outlook.OutlookTable.__hash__
    def __hash__(self):
        return hash((_class_hash, self.order, self.tickets, self.discretionary, self.remaining, self.skaters))
    return __hash__


def _m46():  # skatecalc.olympic.outlook.SkaterOutlook.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.status, self.first_row, self.best, self.worst, self.needs, self.routes))
    return __hash__


def _m47():  # skatecalc.olympic.quota.allocation.Allocation.__hash__
    def __hash__(self):
        return hash((_class_hash, self.event, self.places, self.reserve, self.cut))
    return __hash__


def _m48():  # skatecalc.olympic.quota.allocation.QualifierResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.noc, self.points, self.best))
    return __hash__


def _m49():  # skatecalc.olympic.quota.allocation.QuotaEvent.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.event, self.size, self.points_places, self.times_places, self.max_per_noc, self.split_status, self.year))
    return __hash__


def _m50():  # skatecalc.olympic.quota.allocation.QuotaPlace.__hash__
    def __hash__(self):
        return hash((_class_hash, self.noc, self.name, self.via))
    return __hash__


def _m51():  # skatecalc.olympic.quota.games.GamesAllocation.__hash__
    def __hash__(self):
        return hash((_class_hash, self.events, self.removed, self.before, self.after, self.reduction))
    return __hash__


def _m52():  # skatecalc.olympic.quota.games.QuotaRules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.year, self.games, self.athletes, self.per_gender, self.events, self.max_per_noc_gender, self.reserve, self.source, self.status, self.split_source, self.max_per_noc_source, self.max_per_noc_status, self.reduction))
    return __hash__


def _m53():  # skatecalc.olympic.quota.games.Reduction.__hash__
    def __hash__(self):
        return hash((_class_hash, self.caps, self.order, self.source, self.status, self.method_status, self.provisional))
    return __hash__


def _m54():  # skatecalc.olympic.refill.Refill.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.reason))
    return __hash__


def _m55():  # skatecalc.olympic.refill.Vacancy.__hash__
    def __hash__(self):
        return hash((_class_hash, self.row, self.freed_by, self.finishing, self.team, self.holding, self.starting))
    return __hash__


def _m56():  # skatecalc.olympic.rows.Row.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.kind, self.distance, self.place, self.status))
    return __hash__


def _m57():  # skatecalc.olympic.rows.UnknownGroup.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.holds))
    return __hash__


def _m58():  # skatecalc.olympic.selection.RowOutcome.__hash__
    def __hash__(self):
        return hash((_class_hash, self.row, self.earned, self.holder, self.reason))
    return __hash__


def _m59():  # skatecalc.olympic.selection.Selection.__hash__
    def __hash__(self):
        return hash((_class_hash, self.order, self.tickets, self.names, self.team, self.added, self.assigned, self.dropped, self.rows, self.results, self.mass_start))
    return __hash__


def _m60():  # skatecalc.olympic.selection.SelectionEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.number, self.first_row, self.status, self.team, self.designation, self.distances, self.mass_start))
    return __hash__


def _m61():  # skatecalc.olympic.soqc.Soqc.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.events, self.ties_rule, self.ties))
    return __hash__


def _m62():  # skatecalc.olympic.soqc.SoqcResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.distance, self.name, self.nation, self.points, self.place, self.division, self.time, self.venue, self.date, self.competition))
    return __hash__


def _m63():  # skatecalc.olympic.soqc.SoqcRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.event, self.block, self.quota_rank, self.nation, self.no, self.name, self.points, self.time, self.venue, self.date, self.competition))
    return __hash__


def _m64():  # skatecalc.olympic.walk.Designations.__hash__
    def __hash__(self):
        return hash((_class_hash, self.mass_start, self.added, self.assigned, self.designees))
    return __hash__


def _m65():  # skatecalc.olympic.walk.UniqueName.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.name, self.row))
    return __hash__


def _m66():  # skatecalc.rules.Source.__hash__
    def __hash__(self):
        return hash((_class_hash, self.text, self.url, self.date))
    return __hash__


def _m67():  # skatecalc.text.layout.Layout.__hash__
    def __hash__(self):
        return hash((_class_hash, self.headers, self.rows, self.align, self.before, self.after))
    return __hash__


def _m68():  # skatecalc.worldcup.outlook.Guarantee.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rival, self.place, self.unconditional, self.binding))
    return __hash__


def _m69():  # skatecalc.worldcup.outlook.Outlook.__hash__
    def __hash__(self):
        return hash((_class_hash, self.remaining, self.max_available, self.clinched, self.contenders, self.leader_guarantee, self.rows, self.entrant, self.season, self.cup))
    return __hash__


def _m70():  # skatecalc.worldcup.outlook.OutlookRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.can_still_win))
    return __hash__


def _m71():  # skatecalc.worldcup.races.MassStartEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.sprint_points, self.finish, self.status))
    return __hash__


def _m72():  # skatecalc.worldcup.races.MassStartRanking.__hash__
    def __hash__(self):
        return hash((_class_hash, self.entries, self.rules))
    return __hash__


def _m73():  # skatecalc.worldcup.races.RaceResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.race, self.names, self.scores))
    return __hash__


def _m74():  # skatecalc.worldcup.rules.Race.__hash__
    def __hash__(self):
        return hash((_class_hash, self.final, self.division, self.distance))
    return __hash__


def _m75():  # skatecalc.worldcup.rules.Rules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.season, self.division_a, self.division_b, self.final, self.mass_start, self.distance_tables, self.team_status, self.team_source, self.mass_start_points_status, self.final_field, self.tie_break, self.source))
    return __hash__


def _m76():  # skatecalc.worldcup.standings.Change.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rank, self.before, self.added))
    return __hash__


def _m77():  # skatecalc.worldcup.standings.Score.__hash__
    def __hash__(self):
        return hash((_class_hash, self.race, self.place, self.status, self.points, self.division))
    return __hash__


def _m78():  # skatecalc.worldcup.standings.Standing.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.results))
    return __hash__


def _m79():  # skatecalc.worldcup.standings.Standings.__hash__
    def __hash__(self):
        return hash((_class_hash, self.entries, self.races, self.entrant, self.season, self.cup))
    return __hash__


def _m80():  # skatecalc.worldcup.standings.Tally.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.points, self.wins, self.results))
    return __hash__


def _m81():  # skatecalc.worldcup.tables.FinalRule.__hash__
    def __hash__(self):
        return hash((_class_hash, self.kind, self.status, self.source, self.table, self.factor))
    return __hash__


def _m82():  # skatecalc.worldcup.tables.MassStartRules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.intermediate, self.final_sprint, self.sprint_laps, self.status, self.source, self.description))
    return __hash__


def _m83():  # skatecalc.worldcup.tables.PlacePoints.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.division_a, self.final, self.division_b))
    return __hash__


def _m84():  # skatecalc.worldcup.tables.PointsTables.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rules, self.places))
    return __hash__


def _m85():  # skatecalc.worldcup.tables.Table.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.values, self.length, self.note, self.source, self.supply))
    return __hash__


def _m86():  # skatecalc.worldcup.tables.Value.__hash__
    def __hash__(self):
        return hash((_class_hash, self.points, self.status, self.source))
    return __hash__


METHODS = {
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.distances, self.title, self.final, self.source, self.status, self.aliases, self.cuts))': _m0,
    'def __hash__(self):\n    return hash((_class_hash, self.after, self.size, self.source, self.status))': _m1,
    'def __hash__(self):\n    return hash((_class_hash, self.size, self.long_index, self.fill, self.source, self.status))': _m2,
    'def __hash__(self):\n    return hash((_class_hash, self.size, self.source, self.status, self.after))': _m3,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.results, self.distance_thousandths, self.distance_ranks, self.total_thousandths, self.status, self.finalist))': _m4,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.distance, self.index, self.n_distances, self.finished, self.lines, self.podium, self.notes, self.field_size))': _m5,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.total, self.lead, self.podium))': _m6,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.index, self.distance, self.finished, self.field_size, self.lines, self.podium, self.notes))': _m7,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.state, self.results, self.total, self.before_rank, self.before, self.distance_rank, self.lead, self.podium, self.completed))': _m8,
    'def __hash__(self):\n    return hash((_class_hash, self.skater, self.distance, self.index, self.total, self.beat, self.rank, self.tie, self.opponent, self.opponent_total, self.opponent_time, self.target, self.time, self.reference, self.finished, self._contenders, self.rounding, self.notes))': _m9,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.time, self.to_pass, self.certain))': _m10,
    'def __hash__(self):\n    return hash((_class_hash, self.text, self.name, self.suffix, self.example))': _m11,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.text, self.title, self.key, self.local_rows, self.after))': _m12,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.types, self.meaning))': _m13,
    'def __hash__(self):\n    return hash((_class_hash, self.python, self.cli))': _m14,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.kind, self.path, self.what, self.source, self.season))': _m15,
    'def __hash__(self):\n    return hash((_class_hash, self.examples))': _m16,
    'def __hash__(self):\n    return hash((_class_hash, self.header, self.records, self.source, self.header_line))': _m17,
    'def __hash__(self):\n    return hash((_class_hash, self.line, self.cells, self.header, self.source))': _m18,
    'def __hash__(self):\n    return hash((_class_hash, self.header, self.rows, self.source, self.header_line))': _m19,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.title, self.kind, self.distance, self.category, self.start, self.laps, self.round, self.is_live, self.is_official, self.division))': _m20,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.time, self.passage, self.rank))': _m21,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.pair, self.lane, self.rank, self.status, self.time, self.behind, self.laps, self.gender))': _m22,
    'def __hash__(self):\n    return hash((_class_hash, self.id, self.start, self.title, self.day, self.competition, self.published, self.live))': _m23,
    'def __hash__(self):\n    return hash((_class_hash, self.lines))': _m24,
    'def __hash__(self):\n    return hash((_class_hash, self.bounds, self.time_start, self.cells))': _m25,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.name, self.nation, self.time, self.status, self.age_group, self.records, self.diff))': _m26,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.first_day, self.last_day, self.venue, self.races))': _m27,
    'def __hash__(self):\n    return hash((_class_hash, self.distance, self.gender, self.date, self.entries, self.division))': _m28,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.nation, self.time, self.status, self.members))': _m29,
    'def __hash__(self):\n    return hash((_class_hash, self.results, self.mass_start, self.source))': _m30,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.venue, self.first, self.last, self.race))': _m31,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.results, self.nations, self.source, self.warnings, self.distance_places))': _m32,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.format, self.event, self.text, self.suffix, self.holds))': _m33,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.same_as, self.line))': _m34,
    'def __hash__(self):\n    return hash((_class_hash, self.aliases, self.source))': _m35,
    'def __hash__(self):\n    return hash((_class_hash, self.rules, self.cups, self.source))': _m36,
    'def __hash__(self):\n    return hash((_class_hash, self.metres, self.nth, self.last))': _m37,
    'def __hash__(self):\n    return hash((_class_hash, self.items))': _m38,
    'def __hash__(self):\n    return hash((_class_hash, self.n))': _m39,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.name, self.result))': _m40,
    'def __hash__(self):\n    return hash((_class_hash, self.distance, self.entries))': _m41,
    'def __hash__(self):\n    return hash((_class_hash, self.name))': _m42,
    'def __hash__(self):\n    return hash((_class_hash, self.keys))': _m43,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rows, self.tickets, self.discretionary, self.source, self.status, self.games, self.groups))': _m44,
    'def __hash__(self):\n    return hash((_class_hash, self.order, self.tickets, self.discretionary, self.remaining, self.skaters))': _m45,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.status, self.first_row, self.best, self.worst, self.needs, self.routes))': _m46,
    'def __hash__(self):\n    return hash((_class_hash, self.event, self.places, self.reserve, self.cut))': _m47,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.noc, self.points, self.best))': _m48,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.event, self.size, self.points_places, self.times_places, self.max_per_noc, self.split_status, self.year))': _m49,
    'def __hash__(self):\n    return hash((_class_hash, self.noc, self.name, self.via))': _m50,
    'def __hash__(self):\n    return hash((_class_hash, self.events, self.removed, self.before, self.after, self.reduction))': _m51,
    'def __hash__(self):\n    return hash((_class_hash, self.year, self.games, self.athletes, self.per_gender, self.events, self.max_per_noc_gender, self.reserve, self.source, self.status, self.split_source, self.max_per_noc_source, self.max_per_noc_status, self.reduction))': _m52,
    'def __hash__(self):\n    return hash((_class_hash, self.caps, self.order, self.source, self.status, self.method_status, self.provisional))': _m53,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.reason))': _m54,
    'def __hash__(self):\n    return hash((_class_hash, self.row, self.freed_by, self.finishing, self.team, self.holding, self.starting))': _m55,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.kind, self.distance, self.place, self.status))': _m56,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.holds))': _m57,
    'def __hash__(self):\n    return hash((_class_hash, self.row, self.earned, self.holder, self.reason))': _m58,
    'def __hash__(self):\n    return hash((_class_hash, self.order, self.tickets, self.names, self.team, self.added, self.assigned, self.dropped, self.rows, self.results, self.mass_start))': _m59,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.number, self.first_row, self.status, self.team, self.designation, self.distances, self.mass_start))': _m60,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.events, self.ties_rule, self.ties))': _m61,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.distance, self.name, self.nation, self.points, self.place, self.division, self.time, self.venue, self.date, self.competition))': _m62,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.event, self.block, self.quota_rank, self.nation, self.no, self.name, self.points, self.time, self.venue, self.date, self.competition))': _m63,
    'def __hash__(self):\n    return hash((_class_hash, self.mass_start, self.added, self.assigned, self.designees))': _m64,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.name, self.row))': _m65,
    'def __hash__(self):\n    return hash((_class_hash, self.text, self.url, self.date))': _m66,
    'def __hash__(self):\n    return hash((_class_hash, self.headers, self.rows, self.align, self.before, self.after))': _m67,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rival, self.place, self.unconditional, self.binding))': _m68,
    'def __hash__(self):\n    return hash((_class_hash, self.remaining, self.max_available, self.clinched, self.contenders, self.leader_guarantee, self.rows, self.entrant, self.season, self.cup))': _m69,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.can_still_win))': _m70,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.sprint_points, self.finish, self.status))': _m71,
    'def __hash__(self):\n    return hash((_class_hash, self.entries, self.rules))': _m72,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.race, self.names, self.scores))': _m73,
    'def __hash__(self):\n    return hash((_class_hash, self.final, self.division, self.distance))': _m74,
    'def __hash__(self):\n    return hash((_class_hash, self.season, self.division_a, self.division_b, self.final, self.mass_start, self.distance_tables, self.team_status, self.team_source, self.mass_start_points_status, self.final_field, self.tie_break, self.source))': _m75,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rank, self.before, self.added))': _m76,
    'def __hash__(self):\n    return hash((_class_hash, self.race, self.place, self.status, self.points, self.division))': _m77,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.results))': _m78,
    'def __hash__(self):\n    return hash((_class_hash, self.entries, self.races, self.entrant, self.season, self.cup))': _m79,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.points, self.wins, self.results))': _m80,
    'def __hash__(self):\n    return hash((_class_hash, self.kind, self.status, self.source, self.table, self.factor))': _m81,
    'def __hash__(self):\n    return hash((_class_hash, self.intermediate, self.final_sprint, self.sprint_laps, self.status, self.source, self.description))': _m82,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.division_a, self.final, self.division_b))': _m83,
    'def __hash__(self):\n    return hash((_class_hash, self.rules, self.places))': _m84,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.values, self.length, self.note, self.source, self.supply))': _m85,
    'def __hash__(self):\n    return hash((_class_hash, self.points, self.status, self.source))': _m86,
}
