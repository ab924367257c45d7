"""The methods ``skatecalc._record`` generates for the package's record classes, compiled
with the package (start-up time). Written by ``scripts/compile_records.py``: do not edit.

Each function, called with a method's names as its globals, defines that method and
returns it; ``METHODS`` finds it by the method's source text.
"""

# Generated code: its sources are ``_record``'s, character for character.
# fmt: off
# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations


def _m0():  # skatecalc.championship.combinations.Combination.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.distances == other.distances and self.title == other.title and self.final == other.final and self.source == other.source and self.status == other.status and self.aliases == other.aliases and self.cuts == other.cuts
    return __eq__


def _m1():  # skatecalc.championship.combinations.Combination.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.distances, self.title, self.final, self.source, self.status, self.aliases, self.cuts))
    return __hash__


def _m2():  # skatecalc.championship.combinations.Combination.__init__
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


def _m3():  # skatecalc.championship.combinations.Combination.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, distances={self.distances!r}, title={self.title!r}, final={self.final!r}, source={self.source!r}, status={self.status!r}, aliases={self.aliases!r}, cuts={self.cuts!r})'
    return __repr__


def _m4():  # skatecalc.championship.qualification.Cut.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.after == other.after and self.size == other.size and self.source == other.source and self.status == other.status
    return __eq__


def _m5():  # skatecalc.championship.qualification.Cut.__hash__
    def __hash__(self):
        return hash((_class_hash, self.after, self.size, self.source, self.status))
    return __hash__


def _m6():  # skatecalc.championship.qualification.Cut.__init__
    def __init__(self, after, size=_fields[1].default, source=_fields[2].default, status=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('after', after)
        _setattr('size', size)
        _setattr('source', source)
        _setattr('status', status)
        _validate_0(self, _fields[0], self.after)
        _validate_1(self, _fields[1], self.size)
    return __init__


def _m7():  # skatecalc.championship.qualification.Cut.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(after={self.after!r}, size={self.size!r}, source={self.source!r}, status={self.status!r})'
    return __repr__


def _m8():  # skatecalc.championship.qualification.FinalQualification.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.size == other.size and self.long_index == other.long_index and self.fill == other.fill and self.source == other.source and self.status == other.status
    return __eq__


def _m9():  # skatecalc.championship.qualification.FinalQualification.__hash__
    def __hash__(self):
        return hash((_class_hash, self.size, self.long_index, self.fill, self.source, self.status))
    return __hash__


def _m10():  # skatecalc.championship.qualification.FinalQualification.__init__
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


def _m11():  # skatecalc.championship.qualification.FinalQualification.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, long_index={self.long_index!r}, fill={self.fill!r}, source={self.source!r}, status={self.status!r})'
    return __repr__


def _m12():  # skatecalc.championship.qualification.SprintCut.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.size == other.size and self.source == other.source and self.status == other.status and self.after == other.after
    return __eq__


def _m13():  # skatecalc.championship.qualification.SprintCut.__hash__
    def __hash__(self):
        return hash((_class_hash, self.size, self.source, self.status, self.after))
    return __hash__


def _m14():  # skatecalc.championship.qualification.SprintCut.__init__
    def __init__(self, size=_fields[0].default, source=_fields[1].default, status=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('size', size)
        _setattr('source', source)
        _setattr('status', status)
        _setattr('after', _fields[3].default)
        _validate_0(self, _fields[0], self.size)
    return __init__


def _m15():  # skatecalc.championship.qualification.SprintCut.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, source={self.source!r}, status={self.status!r}, after={self.after!r})'
    return __repr__


def _m16():  # skatecalc.championship.standings.Standing.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.results == other.results and self.distance_thousandths == other.distance_thousandths and self.distance_ranks == other.distance_ranks and self.total_thousandths == other.total_thousandths and self.status == other.status and self.finalist == other.finalist
    return __eq__


def _m17():  # skatecalc.championship.standings.Standing.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.results, self.distance_thousandths, self.distance_ranks, self.total_thousandths, self.status, self.finalist))
    return __hash__


def _m18():  # skatecalc.championship.standings.Standing.__init__
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


def _m19():  # skatecalc.championship.standings.Standing.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, results={self.results!r}, distance_thousandths={self.distance_thousandths!r}, distance_ranks={self.distance_ranks!r}, total_thousandths={self.total_thousandths!r}, status={self.status!r}, finalist={self.finalist!r})'
    return __repr__


def _m20():  # skatecalc.championship.standings.Standings.__init__
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


def _m21():  # skatecalc.championship.targets.goals.Board.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.distance == other.distance and self.index == other.index and self.n_distances == other.n_distances and self.finished == other.finished and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes and self.field_size == other.field_size
    return __eq__


def _m22():  # skatecalc.championship.targets.goals.Board.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.distance, self.index, self.n_distances, self.finished, self.lines, self.podium, self.notes, self.field_size))
    return __hash__


def _m23():  # skatecalc.championship.targets.goals.Board.__init__
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


def _m24():  # skatecalc.championship.targets.goals.BoardLine.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.total == other.total and self.lead == other.lead and self.podium == other.podium
    return __eq__


def _m25():  # skatecalc.championship.targets.goals.BoardLine.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.total, self.lead, self.podium))
    return __hash__


def _m26():  # skatecalc.championship.targets.goals.BoardLine.__init__
    def __init__(self, name, nation, rank, total, lead, podium) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('nation', nation)
        _setattr('rank', rank)
        _setattr('total', total)
        _setattr('lead', lead)
        _setattr('podium', podium)
    return __init__


def _m27():  # skatecalc.championship.targets.goals.BoardLine.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, total={self.total!r}, lead={self.lead!r}, podium={self.podium!r})'
    return __repr__


def _m28():  # skatecalc.championship.targets.live.Provisional.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.index == other.index and self.distance == other.distance and self.finished == other.finished and self.field_size == other.field_size and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes
    return __eq__


def _m29():  # skatecalc.championship.targets.live.Provisional.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.index, self.distance, self.finished, self.field_size, self.lines, self.podium, self.notes))
    return __hash__


def _m30():  # skatecalc.championship.targets.live.Provisional.__init__
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


def _m31():  # skatecalc.championship.targets.live.ProvisionalLine.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.state == other.state and self.results == other.results and self.total == other.total and self.before_rank == other.before_rank and self.before == other.before and self.distance_rank == other.distance_rank and self.lead == other.lead and self.podium == other.podium and self.completed == other.completed
    return __eq__


def _m32():  # skatecalc.championship.targets.live.ProvisionalLine.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.rank, self.state, self.results, self.total, self.before_rank, self.before, self.distance_rank, self.lead, self.podium, self.completed))
    return __hash__


def _m33():  # skatecalc.championship.targets.live.ProvisionalLine.__init__
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


def _m34():  # skatecalc.championship.targets.live.ProvisionalLine.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, state={self.state!r}, results={self.results!r}, total={self.total!r}, before_rank={self.before_rank!r}, before={self.before!r}, distance_rank={self.distance_rank!r}, lead={self.lead!r}, podium={self.podium!r}, completed={self.completed!r})'
    return __repr__


def _m35():  # skatecalc.championship.targets.requirement.Requirement.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.skater == other.skater and self.distance == other.distance and self.index == other.index and self.total == other.total and self.beat == other.beat and self.rank == other.rank and self.tie == other.tie and self.opponent == other.opponent and self.opponent_total == other.opponent_total and self.opponent_time == other.opponent_time and self.target == other.target and self.time == other.time and self.reference == other.reference and self.finished == other.finished and self._contenders == other._contenders and self.rounding == other.rounding and self.notes == other.notes
    return __eq__


def _m36():  # skatecalc.championship.targets.requirement.Requirement.__hash__
    def __hash__(self):
        return hash((_class_hash, self.skater, self.distance, self.index, self.total, self.beat, self.rank, self.tie, self.opponent, self.opponent_total, self.opponent_time, self.target, self.time, self.reference, self.finished, self._contenders, self.rounding, self.notes))
    return __hash__


def _m37():  # skatecalc.championship.targets.requirement.Requirement.__init__
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


def _m38():  # skatecalc.championship.targets.requirement.Target.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.time == other.time and self.to_pass == other.to_pass and self.certain == other.certain
    return __eq__


def _m39():  # skatecalc.championship.targets.requirement.Target.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.time, self.to_pass, self.certain))
    return __hash__


def _m40():  # skatecalc.championship.targets.requirement.Target.__init__
    def __init__(self, rank, time, to_pass, certain=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('time', time)
        _setattr('to_pass', to_pass)
        _setattr('certain', certain)
    return __init__


def _m41():  # skatecalc.championship.targets.requirement.Target.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, time={self.time!r}, to_pass={self.to_pass!r}, certain={self.certain!r})'
    return __repr__


def _m42():  # skatecalc.cli.common.Source.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.text == other.text and self.name == other.name and self.suffix == other.suffix and self.example == other.example
    return __eq__


def _m43():  # skatecalc.cli.common.Source.__hash__
    def __hash__(self):
        return hash((_class_hash, self.text, self.name, self.suffix, self.example))
    return __hash__


def _m44():  # skatecalc.cli.common.Source.__init__
    def __init__(self, text, name, suffix, example=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('text', text)
        _setattr('name', name)
        _setattr('suffix', suffix)
        _setattr('example', example)
    return __init__


def _m45():  # skatecalc.cli.common.Source.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, name={self.name!r}, suffix={self.suffix!r}, example={self.example!r})'
    return __repr__


def _m46():  # skatecalc.cli.common.Table.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.text == other.text and self.title == other.title and self.key == other.key and self.local_rows == other.local_rows and self.after == other.after
    return __eq__


def _m47():  # skatecalc.cli.common.Table.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.text, self.title, self.key, self.local_rows, self.after))
    return __hash__


def _m48():  # skatecalc.cli.common.Table.__init__
    def __init__(self, rows, text, title=_fields[2].default, key=_fields[3].default, local_rows=_fields[4].default, after=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('text', text)
        _setattr('title', title)
        _setattr('key', key)
        _setattr('local_rows', local_rows)
        _setattr('after', after)
    return __init__


def _m49():  # skatecalc.cli.common.Table.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, text={self.text!r}, title={self.title!r}, key={self.key!r}, local_rows={self.local_rows!r}, after={self.after!r})'
    return __repr__


def _m50():  # skatecalc.columns.Column.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.types == other.types and self.meaning == other.meaning
    return __eq__


def _m51():  # skatecalc.columns.Column.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.types, self.meaning))
    return __hash__


def _m52():  # skatecalc.columns.Column.__init__
    def __init__(self, name, types, meaning, *, get=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('types', _convert_1(types))
        _setattr('meaning', meaning)
        _setattr('get', get)
    return __init__


def _m53():  # skatecalc.columns.Column.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, types={self.types!r}, meaning={self.meaning!r})'
    return __repr__


def _m54():  # skatecalc.errors.Advice.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.python == other.python and self.cli == other.cli
    return __eq__


def _m55():  # skatecalc.errors.Advice.__hash__
    def __hash__(self):
        return hash((_class_hash, self.python, self.cli))
    return __hash__


def _m56():  # skatecalc.errors.Advice.__init__
    def __init__(self, python, cli) -> None:
        _setattr = _bind(self)
        _setattr('python', python)
        _setattr('cli', cli)
    return __init__


def _m57():  # skatecalc.errors.Advice.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(python={self.python!r}, cli={self.cli!r})'
    return __repr__


def _m58():  # skatecalc.examples.Example.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.kind == other.kind and self.path == other.path and self.what == other.what and self.source == other.source and self.season == other.season
    return __eq__


def _m59():  # skatecalc.examples.Example.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.kind, self.path, self.what, self.source, self.season))
    return __hash__


def _m60():  # skatecalc.examples.Example.__init__
    def __init__(self, name, kind, path, what, source, season=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('kind', kind)
        _setattr('path', path)
        _setattr('what', what)
        _setattr('source', source)
        _setattr('season', season)
    return __init__


def _m61():  # skatecalc.examples.Example.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, kind={self.kind!r}, path={self.path!r}, what={self.what!r}, source={self.source!r}, season={self.season!r})'
    return __repr__


def _m62():  # skatecalc.examples.ExampleList.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.examples == other.examples
    return __eq__


def _m63():  # skatecalc.examples.ExampleList.__hash__
    def __hash__(self):
        return hash((_class_hash, self.examples))
    return __hash__


def _m64():  # skatecalc.examples.ExampleList.__init__
    def __init__(self, examples) -> None:
        _setattr = _bind(self)
        _setattr('examples', examples)
    return __init__


def _m65():  # skatecalc.io.csvfile.CsvRecords.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.header == other.header and self.records == other.records and self.source == other.source and self.header_line == other.header_line
    return __eq__


def _m66():  # skatecalc.io.csvfile.CsvRecords.__hash__
    def __hash__(self):
        return hash((_class_hash, self.header, self.records, self.source, self.header_line))
    return __hash__


def _m67():  # skatecalc.io.csvfile.CsvRecords.__init__
    def __init__(self, header, records, source, header_line) -> None:
        _setattr = _bind(self)
        _setattr('header', header)
        _setattr('records', records)
        _setattr('source', source)
        _setattr('header_line', header_line)
    return __init__


def _m68():  # skatecalc.io.csvfile.CsvRecords.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, records={self.records!r}, source={self.source!r}, header_line={self.header_line!r})'
    return __repr__


def _m69():  # skatecalc.io.csvfile.CsvRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.line == other.line and self.cells == other.cells and self.header == other.header and self.source == other.source
    return __eq__


def _m70():  # skatecalc.io.csvfile.CsvRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.line, self.cells, self.header, self.source))
    return __hash__


def _m71():  # skatecalc.io.csvfile.CsvRow.__init__
    def __init__(self, line, cells, header, source) -> None:
        _setattr = _bind(self)
        _setattr('line', line)
        _setattr('cells', cells)
        _setattr('header', header)
        _setattr('source', source)
    return __init__


def _m72():  # skatecalc.io.csvfile.CsvRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(line={self.line!r}, cells={self.cells!r}, header={self.header!r}, source={self.source!r})'
    return __repr__


def _m73():  # skatecalc.io.csvfile.CsvTable.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.header == other.header and self.rows == other.rows and self.source == other.source and self.header_line == other.header_line
    return __eq__


def _m74():  # skatecalc.io.csvfile.CsvTable.__hash__
    def __hash__(self):
        return hash((_class_hash, self.header, self.rows, self.source, self.header_line))
    return __hash__


def _m75():  # skatecalc.io.csvfile.CsvTable.__init__
    def __init__(self, header, rows, source, header_line) -> None:
        _setattr = _bind(self)
        _setattr('header', header)
        _setattr('rows', rows)
        _setattr('source', source)
        _setattr('header_line', header_line)
    return __init__


def _m76():  # skatecalc.io.csvfile.CsvTable.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, rows={self.rows!r}, source={self.source!r}, header_line={self.header_line!r})'
    return __repr__


def _m77():  # skatecalc.io.feed.model.Competition.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.title == other.title and self.kind == other.kind and self.distance == other.distance and self.category == other.category and self.start == other.start and self.laps == other.laps and self.round == other.round and self.is_live == other.is_live and self.is_official == other.is_official
    return __eq__


def _m78():  # skatecalc.io.feed.model.Competition.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.title, self.kind, self.distance, self.category, self.start, self.laps, self.round, self.is_live, self.is_official))
    return __hash__


def _m79():  # skatecalc.io.feed.model.Competition.__init__
    def __init__(self, number, title, kind, distance, category, start, laps=_fields[6].default, round=_fields[7].default, is_live=_fields[8].default, is_official=_fields[9].default) -> None:
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
    return __init__


def _m80():  # skatecalc.io.feed.model.Competition.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, title={self.title!r}, kind={self.kind!r}, distance={self.distance!r}, category={self.category!r}, start={self.start!r}, laps={self.laps!r}, round={self.round!r}, is_live={self.is_live!r}, is_official={self.is_official!r})'
    return __repr__


def _m81():  # skatecalc.io.feed.model.Lap.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.time == other.time and self.passage == other.passage and self.rank == other.rank
    return __eq__


def _m82():  # skatecalc.io.feed.model.Lap.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.time, self.passage, self.rank))
    return __hash__


def _m83():  # skatecalc.io.feed.model.Lap.__init__
    def __init__(self, number, time, passage, rank) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('time', time)
        _setattr('passage', passage)
        _setattr('rank', rank)
    return __init__


def _m84():  # skatecalc.io.feed.model.Lap.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, time={self.time!r}, passage={self.passage!r}, rank={self.rank!r})'
    return __repr__


def _m85():  # skatecalc.io.feed.model.Line.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.pair == other.pair and self.lane == other.lane and self.rank == other.rank and self.status == other.status and self.time == other.time and self.behind == other.behind and self.laps == other.laps
    return __eq__


def _m86():  # skatecalc.io.feed.model.Line.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.nation, self.pair, self.lane, self.rank, self.status, self.time, self.behind, self.laps))
    return __hash__


def _m87():  # skatecalc.io.feed.model.Line.__init__
    def __init__(self, name, nation, pair, lane, rank, status, time, behind, laps=_fields[8].default) -> None:
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
    return __init__


def _m88():  # skatecalc.io.feed.model.Line.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, pair={self.pair!r}, lane={self.lane!r}, rank={self.rank!r}, status={self.status!r}, time={self.time!r}, behind={self.behind!r}, laps={self.laps!r})'
    return __repr__


def _m89():  # skatecalc.io.feed.model.ScheduleItem.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.id == other.id and self.start == other.start and self.title == other.title and self.day == other.day and self.competition == other.competition and self.published == other.published and self.live == other.live
    return __eq__


def _m90():  # skatecalc.io.feed.model.ScheduleItem.__hash__
    def __hash__(self):
        return hash((_class_hash, self.id, self.start, self.title, self.day, self.competition, self.published, self.live))
    return __hash__


def _m91():  # skatecalc.io.feed.model.ScheduleItem.__init__
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


def _m92():  # skatecalc.io.feed.model.ScheduleItem.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(id={self.id!r}, start={self.start!r}, title={self.title!r}, day={self.day!r}, competition={self.competition!r}, published={self.published!r}, live={self.live!r})'
    return __repr__


def _m93():  # skatecalc.io.feed.model.ServiceResults.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.lines == other.lines
    return __eq__


def _m94():  # skatecalc.io.feed.model.ServiceResults.__hash__
    def __hash__(self):
        return hash((_class_hash, self.lines))
    return __hash__


def _m95():  # skatecalc.io.feed.model.ServiceResults.__init__
    def __init__(self, lines, source=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('lines', lines)
        _setattr('source', source)
    return __init__


def _m96():  # skatecalc.io.feed.model.ServiceResults.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(lines={self.lines!r}, source={self.source!r})'
    return __repr__


def _m97():  # skatecalc.io.listing.checks.Plan.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.bounds == other.bounds and self.time_start == other.time_start and self.cells == other.cells
    return __eq__


def _m98():  # skatecalc.io.listing.checks.Plan.__hash__
    def __hash__(self):
        return hash((_class_hash, self.bounds, self.time_start, self.cells))
    return __hash__


def _m99():  # skatecalc.io.listing.checks.Plan.__init__
    def __init__(self, bounds, time_start, cells) -> None:
        _setattr = _bind(self)
        _setattr('bounds', bounds)
        _setattr('time_start', time_start)
        _setattr('cells', cells)
    return __init__


def _m100():  # skatecalc.io.listing.checks.Plan.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(bounds={self.bounds!r}, time_start={self.time_start!r}, cells={self.cells!r})'
    return __repr__


def _m101():  # skatecalc.io.listing.model.Entry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.name == other.name and self.nation == other.nation and self.time == other.time and self.status == other.status and self.age_group == other.age_group and self.records == other.records and self.diff == other.diff
    return __eq__


def _m102():  # skatecalc.io.listing.model.Entry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.name, self.nation, self.time, self.status, self.age_group, self.records, self.diff))
    return __hash__


def _m103():  # skatecalc.io.listing.model.Entry.__init__
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


def _m104():  # skatecalc.io.listing.model.Entry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, age_group={self.age_group!r}, records={self.records!r}, diff={self.diff!r})'
    return __repr__


def _m105():  # skatecalc.io.listing.model.Event.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.first_day == other.first_day and self.last_day == other.last_day and self.venue == other.venue and self.races == other.races
    return __eq__


def _m106():  # skatecalc.io.listing.model.Event.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.first_day, self.last_day, self.venue, self.races))
    return __hash__


def _m107():  # skatecalc.io.listing.model.Event.__init__
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


def _m108():  # skatecalc.io.listing.model.Race.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.distance == other.distance and self.gender == other.gender and self.date == other.date and self.entries == other.entries and self.division == other.division
    return __eq__


def _m109():  # skatecalc.io.listing.model.Race.__hash__
    def __hash__(self):
        return hash((_class_hash, self.distance, self.gender, self.date, self.entries, self.division))
    return __hash__


def _m110():  # skatecalc.io.listing.model.Race.__init__
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


def _m111():  # skatecalc.io.listing.model.Team.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.nation == other.nation and self.time == other.time and self.status == other.status and self.members == other.members
    return __eq__


def _m112():  # skatecalc.io.listing.model.Team.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.nation, self.time, self.status, self.members))
    return __hash__


def _m113():  # skatecalc.io.listing.model.Team.__init__
    def __init__(self, place, nation, time, status, members) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('nation', nation)
        _setattr('time', time)
        _setattr('status', status)
        _setattr('members', members)
    return __init__


def _m114():  # skatecalc.io.listing.model.Team.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, members={self.members!r})'
    return __repr__


def _m115():  # skatecalc.io.olympic.TrialResults.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.results == other.results and self.mass_start == other.mass_start and self.source == other.source
    return __eq__


def _m116():  # skatecalc.io.olympic.TrialResults.__hash__
    def __hash__(self):
        return hash((_class_hash, self.results, self.mass_start, self.source))
    return __hash__


def _m117():  # skatecalc.io.olympic.TrialResults.__init__
    def __init__(self, results, mass_start, source) -> None:
        _setattr = _bind(self)
        _setattr('results', results)
        _setattr('mass_start', mass_start)
        _setattr('source', source)
    return __init__


def _m118():  # skatecalc.io.olympic.TrialResults.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(results={self.results!r}, mass_start={self.mass_start!r}, source={self.source!r})'
    return __repr__


def _m119():  # skatecalc.io.pdf.reader._Doc.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.venue == other.venue and self.first == other.first and self.last == other.last and self.race == other.race
    return __eq__


def _m120():  # skatecalc.io.pdf.reader._Doc.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.venue, self.first, self.last, self.race))
    return __hash__


def _m121():  # skatecalc.io.pdf.reader._Doc.__init__
    def __init__(self, name, venue, first, last, race) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('venue', venue)
        _setattr('first', first)
        _setattr('last', last)
        _setattr('race', race)
    return __init__


def _m122():  # skatecalc.io.pdf.reader._Doc.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, venue={self.venue!r}, first={self.first!r}, last={self.last!r}, race={self.race!r})'
    return __repr__


def _m123():  # skatecalc.io.results.ResultsFile.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.results == other.results and self.nations == other.nations and self.source == other.source and self.warnings == other.warnings and self.distance_places == other.distance_places
    return __eq__


def _m124():  # skatecalc.io.results.ResultsFile.__hash__
    def __hash__(self):
        return hash((_class_hash, self.combination, self.results, self.nations, self.source, self.warnings, self.distance_places))
    return __hash__


def _m125():  # skatecalc.io.results.ResultsFile.__init__
    def __init__(self, combination, results, nations, source, warnings=_fields[4].default, distance_places=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('combination', combination)
        _setattr('results', results)
        _setattr('nations', nations)
        _setattr('source', source)
        _setattr('warnings', warnings)
        _setattr('distance_places', distance_places)
    return __init__


def _m126():  # skatecalc.io.results.ResultsFile.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(combination={self.combination!r}, results={self.results!r}, nations={self.nations!r}, source={self.source!r}, warnings={self.warnings!r}, distance_places={self.distance_places!r})'
    return __repr__


def _m127():  # skatecalc.io.source.Input.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.format == other.format and self.event == other.event and self.text == other.text and self.suffix == other.suffix and self.holds == other.holds
    return __eq__


def _m128():  # skatecalc.io.source.Input.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.format, self.event, self.text, self.suffix, self.holds))
    return __hash__


def _m129():  # skatecalc.io.source.Input.__init__
    def __init__(self, name, format, event=_fields[2].default, text=_fields[3].default, suffix=_fields[4].default, holds=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('format', format)
        _setattr('event', event)
        _setattr('text', text)
        _setattr('suffix', suffix)
        _setattr('holds', holds)
    return __init__


def _m130():  # skatecalc.io.source.Input.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, format={self.format!r}, event={self.event!r}, text={self.text!r}, suffix={self.suffix!r}, holds={self.holds!r})'
    return __repr__


def _m131():  # skatecalc.io.spellings.Alias.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.same_as == other.same_as and self.line == other.line
    return __eq__


def _m132():  # skatecalc.io.spellings.Alias.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.same_as, self.line))
    return __hash__


def _m133():  # skatecalc.io.spellings.Alias.__init__
    def __init__(self, name, same_as, line) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('same_as', same_as)
        _setattr('line', line)
    return __init__


def _m134():  # skatecalc.io.spellings.Alias.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, same_as={self.same_as!r}, line={self.line!r})'
    return __repr__


def _m135():  # skatecalc.io.spellings.Aliases.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.aliases == other.aliases and self.source == other.source
    return __eq__


def _m136():  # skatecalc.io.spellings.Aliases.__hash__
    def __hash__(self):
        return hash((_class_hash, self.aliases, self.source))
    return __hash__


def _m137():  # skatecalc.io.spellings.Aliases.__init__
    def __init__(self, aliases, source=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('aliases', aliases)
        _setattr('source', source)
        self.__attrs_post_init__()
    return __init__


def _m138():  # skatecalc.io.spellings.Aliases.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(aliases={self.aliases!r}, source={self.source!r})'
    return __repr__


def _m139():  # skatecalc.io.worldcup.Season.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rules == other.rules and self.cups == other.cups and self.source == other.source
    return __eq__


def _m140():  # skatecalc.io.worldcup.Season.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rules, self.cups, self.source))
    return __hash__


def _m141():  # skatecalc.io.worldcup.Season.__init__
    def __init__(self, rules, cups, source) -> None:
        _setattr = _bind(self)
        _setattr('rules', rules)
        _setattr('cups', cups)
        _setattr('source', source)
    return __init__


def _m142():  # skatecalc.io.worldcup.Season.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rules={self.rules!r}, cups={self.cups!r}, source={self.source!r})'
    return __repr__


def _m143():  # skatecalc.messages.DistanceName.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.metres == other.metres and self.nth == other.nth and self.last == other.last
    return __eq__


def _m144():  # skatecalc.messages.DistanceName.__hash__
    def __hash__(self):
        return hash((_class_hash, self.metres, self.nth, self.last))
    return __hash__


def _m145():  # skatecalc.messages.DistanceName.__init__
    def __init__(self, metres, nth=_fields[1].default, last=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('metres', metres)
        _setattr('nth', nth)
        _setattr('last', last)
    return __init__


def _m146():  # skatecalc.messages.DistanceName.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(metres={self.metres!r}, nth={self.nth!r}, last={self.last!r})'
    return __repr__


def _m147():  # skatecalc.messages.Enumeration.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.items == other.items
    return __eq__


def _m148():  # skatecalc.messages.Enumeration.__hash__
    def __hash__(self):
        return hash((_class_hash, self.items))
    return __hash__


def _m149():  # skatecalc.messages.Enumeration.__init__
    def __init__(self, items) -> None:
        _setattr = _bind(self)
        _setattr('items', items)
    return __init__


def _m150():  # skatecalc.messages.Enumeration.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(items={self.items!r})'
    return __repr__


def _m151():  # skatecalc.messages.Ordinal.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.n == other.n
    return __eq__


def _m152():  # skatecalc.messages.Ordinal.__hash__
    def __hash__(self):
        return hash((_class_hash, self.n))
    return __hash__


def _m153():  # skatecalc.messages.Ordinal.__init__
    def __init__(self, n) -> None:
        _setattr = _bind(self)
        _setattr('n', n)
    return __init__


def _m154():  # skatecalc.messages.Ordinal.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(n={self.n!r})'
    return __repr__


def _m155():  # skatecalc.olympic.okt.OktEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.name == other.name and self.result == other.result
    return __eq__


def _m156():  # skatecalc.olympic.okt.OktEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.name, self.result))
    return __hash__


def _m157():  # skatecalc.olympic.okt.OktEntry.__init__
    def __init__(self, place, name, result) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('name', name)
        _setattr('result', result)
    return __init__


def _m158():  # skatecalc.olympic.okt.OktEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, result={self.result!r})'
    return __repr__


def _m159():  # skatecalc.olympic.okt.OktRanking.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.distance == other.distance and self.entries == other.entries
    return __eq__


def _m160():  # skatecalc.olympic.okt.OktRanking.__hash__
    def __hash__(self):
        return hash((_class_hash, self.distance, self.entries))
    return __hash__


def _m161():  # skatecalc.olympic.okt.OktRanking.__init__
    def __init__(self, distance, entries) -> None:
        _setattr = _bind(self)
        _setattr('distance', distance)
        _setattr('entries', entries)
    return __init__


def _m162():  # skatecalc.olympic.okt.OktRanking.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(distance={self.distance!r}, entries={self.entries!r})'
    return __repr__


def _m163():  # skatecalc.olympic.orders.OrderKey.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name
    return __eq__


def _m164():  # skatecalc.olympic.orders.OrderKey.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name))
    return __hash__


def _m165():  # skatecalc.olympic.orders.OrderKey.__init__
    def __init__(self, name) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
    return __init__


def _m166():  # skatecalc.olympic.orders.OrderKey.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r})'
    return __repr__


def _m167():  # skatecalc.olympic.orders.OrderList.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.keys == other.keys
    return __eq__


def _m168():  # skatecalc.olympic.orders.OrderList.__hash__
    def __hash__(self):
        return hash((_class_hash, self.keys))
    return __hash__


def _m169():  # skatecalc.olympic.orders.OrderList.__init__
    def __init__(self, keys) -> None:
        _setattr = _bind(self)
        _setattr('keys', keys)
    return __init__


def _m170():  # skatecalc.olympic.orders.SelectionOrder.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rows == other.rows and self.tickets == other.tickets and self.discretionary == other.discretionary and self.source == other.source and self.status == other.status and self.games == other.games and self.groups == other.groups
    return __eq__


def _m171():  # skatecalc.olympic.orders.SelectionOrder.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rows, self.tickets, self.discretionary, self.source, self.status, self.games, self.groups))
    return __hash__


def _m172():  # skatecalc.olympic.orders.SelectionOrder.__init__
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


def _m173():  # skatecalc.olympic.outlook.OutlookTable.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.order == other.order and self.tickets == other.tickets and self.discretionary == other.discretionary and self.remaining == other.remaining and self.skaters == other.skaters
    return __eq__


def _m174():  # skatecalc.olympic.outlook.OutlookTable.__hash__
    def __hash__(self):
        return hash((_class_hash, self.order, self.tickets, self.discretionary, self.remaining, self.skaters))
    return __hash__


def _m175():  # skatecalc.olympic.outlook.OutlookTable.__init__
    def __init__(self, order, tickets, discretionary, remaining, skaters) -> None:
        _setattr = _bind(self)
        _setattr('order', order)
        _setattr('tickets', tickets)
        _setattr('discretionary', discretionary)
        _setattr('remaining', remaining)
        _setattr('skaters', skaters)
    return __init__


def _m176():  # skatecalc.olympic.outlook.SkaterOutlook.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.status == other.status and self.first_row == other.first_row and self.best == other.best and self.worst == other.worst and self.needs == other.needs and self.routes == other.routes
    return __eq__


def _m177():  # skatecalc.olympic.outlook.SkaterOutlook.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.status, self.first_row, self.best, self.worst, self.needs, self.routes))
    return __hash__


def _m178():  # skatecalc.olympic.outlook.SkaterOutlook.__init__
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


def _m179():  # skatecalc.olympic.outlook.SkaterOutlook.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, status={self.status!r}, first_row={self.first_row!r}, best={self.best!r}, worst={self.worst!r}, needs={self.needs!r})'
    return __repr__


def _m180():  # skatecalc.olympic.quota.allocation.Allocation.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.event == other.event and self.places == other.places and self.reserve == other.reserve and self.cut == other.cut
    return __eq__


def _m181():  # skatecalc.olympic.quota.allocation.Allocation.__hash__
    def __hash__(self):
        return hash((_class_hash, self.event, self.places, self.reserve, self.cut))
    return __hash__


def _m182():  # skatecalc.olympic.quota.allocation.Allocation.__init__
    def __init__(self, event, places, reserve, cut=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('event', event)
        _setattr('places', places)
        _setattr('reserve', reserve)
        _setattr('cut', cut)
    return __init__


def _m183():  # skatecalc.olympic.quota.allocation.QualifierResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.noc == other.noc and self.points == other.points and self.best == other.best
    return __eq__


def _m184():  # skatecalc.olympic.quota.allocation.QualifierResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.noc, self.points, self.best))
    return __hash__


def _m185():  # skatecalc.olympic.quota.allocation.QualifierResult.__init__
    def __init__(self, name, noc, points, best=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('noc', noc)
        _setattr('points', points)
        _setattr('best', _convert_3(best))
        self.__attrs_post_init__()
    return __init__


def _m186():  # skatecalc.olympic.quota.allocation.QualifierResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, noc={self.noc!r}, points={self.points!r}, best={self.best!r})'
    return __repr__


def _m187():  # skatecalc.olympic.quota.allocation.QuotaEvent.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.event == other.event and self.size == other.size and self.points_places == other.points_places and self.times_places == other.times_places and self.max_per_noc == other.max_per_noc and self.split_status == other.split_status and self.year == other.year
    return __eq__


def _m188():  # skatecalc.olympic.quota.allocation.QuotaEvent.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.event, self.size, self.points_places, self.times_places, self.max_per_noc, self.split_status, self.year))
    return __hash__


def _m189():  # skatecalc.olympic.quota.allocation.QuotaEvent.__init__
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


def _m190():  # skatecalc.olympic.quota.allocation.QuotaEvent.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, size={self.size!r}, points_places={self.points_places!r}, times_places={self.times_places!r}, max_per_noc={self.max_per_noc!r}, split_status={self.split_status!r}, year={self.year!r})'
    return __repr__


def _m191():  # skatecalc.olympic.quota.allocation.QuotaPlace.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.noc == other.noc and self.name == other.name and self.via == other.via
    return __eq__


def _m192():  # skatecalc.olympic.quota.allocation.QuotaPlace.__hash__
    def __hash__(self):
        return hash((_class_hash, self.noc, self.name, self.via))
    return __hash__


def _m193():  # skatecalc.olympic.quota.allocation.QuotaPlace.__init__
    def __init__(self, noc, name, via) -> None:
        _setattr = _bind(self)
        _setattr('noc', noc)
        _setattr('name', name)
        _setattr('via', via)
    return __init__


def _m194():  # skatecalc.olympic.quota.allocation.QuotaPlace.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(noc={self.noc!r}, name={self.name!r}, via={self.via!r})'
    return __repr__


def _m195():  # skatecalc.olympic.quota.games.GamesAllocation.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.events == other.events and self.removed == other.removed and self.before == other.before and self.after == other.after and self.reduction == other.reduction
    return __eq__


def _m196():  # skatecalc.olympic.quota.games.GamesAllocation.__hash__
    def __hash__(self):
        return hash((_class_hash, self.events, self.removed, self.before, self.after, self.reduction))
    return __hash__


def _m197():  # skatecalc.olympic.quota.games.GamesAllocation.__init__
    def __init__(self, events, removed, before, after, reduction=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('events', events)
        _setattr('removed', removed)
        _setattr('before', before)
        _setattr('after', after)
        _setattr('reduction', reduction)
    return __init__


def _m198():  # skatecalc.olympic.quota.games.GamesAllocation.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(events={self.events!r}, removed={self.removed!r}, before={self.before!r}, after={self.after!r}, reduction={self.reduction!r})'
    return __repr__


def _m199():  # skatecalc.olympic.quota.games.QuotaRules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.year == other.year and self.games == other.games and self.athletes == other.athletes and self.per_gender == other.per_gender and self.events == other.events and self.max_per_noc_gender == other.max_per_noc_gender and self.reserve == other.reserve and self.source == other.source and self.status == other.status and self.split_source == other.split_source and self.max_per_noc_source == other.max_per_noc_source and self.max_per_noc_status == other.max_per_noc_status and self.reduction == other.reduction
    return __eq__


def _m200():  # skatecalc.olympic.quota.games.QuotaRules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.year, self.games, self.athletes, self.per_gender, self.events, self.max_per_noc_gender, self.reserve, self.source, self.status, self.split_source, self.max_per_noc_source, self.max_per_noc_status, self.reduction))
    return __hash__


def _m201():  # skatecalc.olympic.quota.games.QuotaRules.__init__
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


def _m202():  # skatecalc.olympic.quota.games.Reduction.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.caps == other.caps and self.order == other.order and self.source == other.source and self.status == other.status and self.method_status == other.method_status and self.provisional == other.provisional
    return __eq__


def _m203():  # skatecalc.olympic.quota.games.Reduction.__hash__
    def __hash__(self):
        return hash((_class_hash, self.caps, self.order, self.source, self.status, self.method_status, self.provisional))
    return __hash__


def _m204():  # skatecalc.olympic.quota.games.Reduction.__init__
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


def _m205():  # skatecalc.olympic.quota.games.Reduction.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(caps={self.caps!r}, order={self.order!r}, source={self.source!r}, status={self.status!r}, method_status={self.method_status!r}, provisional={self.provisional!r})'
    return __repr__


def _m206():  # skatecalc.olympic.refill.Refill.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.reason == other.reason
    return __eq__


def _m207():  # skatecalc.olympic.refill.Refill.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.reason))
    return __hash__


def _m208():  # skatecalc.olympic.refill.Refill.__init__
    def __init__(self, name, reason) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('reason', reason)
    return __init__


def _m209():  # skatecalc.olympic.refill.Refill.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, reason={self.reason!r})'
    return __repr__


def _m210():  # skatecalc.olympic.refill.Vacancy.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.row == other.row and self.freed_by == other.freed_by and self.finishing == other.finishing and self.team == other.team and self.holding == other.holding and self.starting == other.starting
    return __eq__


def _m211():  # skatecalc.olympic.refill.Vacancy.__hash__
    def __hash__(self):
        return hash((_class_hash, self.row, self.freed_by, self.finishing, self.team, self.holding, self.starting))
    return __hash__


def _m212():  # skatecalc.olympic.refill.Vacancy.__init__
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


def _m213():  # skatecalc.olympic.refill.Vacancy.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, freed_by={self.freed_by!r}, finishing={self.finishing!r}, team={self.team!r}, holding={self.holding!r}, starting={self.starting!r})'
    return __repr__


def _m214():  # skatecalc.olympic.rows.Row.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.kind == other.kind and self.distance == other.distance and self.place == other.place and self.status == other.status
    return __eq__


def _m215():  # skatecalc.olympic.rows.Row.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.kind, self.distance, self.place, self.status))
    return __hash__


def _m216():  # skatecalc.olympic.rows.Row.__init__
    def __init__(self, number, kind, distance=_fields[2].default, place=_fields[3].default, status=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('kind', kind)
        _setattr('distance', distance)
        _setattr('place', place)
        _setattr('status', status)
    return __init__


def _m217():  # skatecalc.olympic.rows.Row.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, kind={self.kind!r}, distance={self.distance!r}, place={self.place!r}, status={self.status!r})'
    return __repr__


def _m218():  # skatecalc.olympic.rows.UnknownGroup.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.holds == other.holds
    return __eq__


def _m219():  # skatecalc.olympic.rows.UnknownGroup.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.holds))
    return __hash__


def _m220():  # skatecalc.olympic.rows.UnknownGroup.__init__
    def __init__(self, rows, holds) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('holds', holds)
    return __init__


def _m221():  # skatecalc.olympic.rows.UnknownGroup.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, holds={self.holds!r})'
    return __repr__


def _m222():  # skatecalc.olympic.selection.RowOutcome.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.row == other.row and self.earned == other.earned and self.holder == other.holder and self.reason == other.reason
    return __eq__


def _m223():  # skatecalc.olympic.selection.RowOutcome.__hash__
    def __hash__(self):
        return hash((_class_hash, self.row, self.earned, self.holder, self.reason))
    return __hash__


def _m224():  # skatecalc.olympic.selection.RowOutcome.__init__
    def __init__(self, row, earned, holder, reason) -> None:
        _setattr = _bind(self)
        _setattr('row', row)
        _setattr('earned', earned)
        _setattr('holder', holder)
        _setattr('reason', reason)
    return __init__


def _m225():  # skatecalc.olympic.selection.RowOutcome.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, earned={self.earned!r}, holder={self.holder!r}, reason={self.reason!r})'
    return __repr__


def _m226():  # skatecalc.olympic.selection.Selection.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.order == other.order and self.tickets == other.tickets and self.names == other.names and self.team == other.team and self.added == other.added and self.assigned == other.assigned and self.dropped == other.dropped and self.rows == other.rows and self.results == other.results and self.mass_start == other.mass_start
    return __eq__


def _m227():  # skatecalc.olympic.selection.Selection.__hash__
    def __hash__(self):
        return hash((_class_hash, self.order, self.tickets, self.names, self.team, self.added, self.assigned, self.dropped, self.rows, self.results, self.mass_start))
    return __hash__


def _m228():  # skatecalc.olympic.selection.Selection.__init__
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


def _m229():  # skatecalc.olympic.selection.SelectionEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.number == other.number and self.first_row == other.first_row and self.status == other.status and self.team == other.team and self.designation == other.designation and self.distances == other.distances and self.mass_start == other.mass_start
    return __eq__


def _m230():  # skatecalc.olympic.selection.SelectionEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.number, self.first_row, self.status, self.team, self.designation, self.distances, self.mass_start))
    return __hash__


def _m231():  # skatecalc.olympic.selection.SelectionEntry.__init__
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


def _m232():  # skatecalc.olympic.selection.SelectionEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, number={self.number!r}, first_row={self.first_row!r}, status={self.status!r}, team={self.team!r}, designation={self.designation!r}, distances={self.distances!r}, mass_start={self.mass_start!r})'
    return __repr__


def _m233():  # skatecalc.olympic.soqc.Soqc.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.events == other.events and self.ties_rule == other.ties_rule and self.ties == other.ties
    return __eq__


def _m234():  # skatecalc.olympic.soqc.Soqc.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rows, self.events, self.ties_rule, self.ties))
    return __hash__


def _m235():  # skatecalc.olympic.soqc.Soqc.__init__
    def __init__(self, rows, events, ties_rule, ties=_fields[3].default) -> None:
        _setattr = _bind(self)
        _setattr('rows', rows)
        _setattr('events', events)
        _setattr('ties_rule', ties_rule)
        _setattr('ties', ties)
    return __init__


def _m236():  # skatecalc.olympic.soqc.SoqcResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.distance == other.distance and self.name == other.name and self.nation == other.nation and self.points == other.points and self.place == other.place and self.division == other.division and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition
    return __eq__


def _m237():  # skatecalc.olympic.soqc.SoqcResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.distance, self.name, self.nation, self.points, self.place, self.division, self.time, self.venue, self.date, self.competition))
    return __hash__


def _m238():  # skatecalc.olympic.soqc.SoqcResult.__init__
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


def _m239():  # skatecalc.olympic.soqc.SoqcResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, distance={self.distance!r}, name={self.name!r}, nation={self.nation!r}, points={self.points!r}, place={self.place!r}, division={self.division!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})'
    return __repr__


def _m240():  # skatecalc.olympic.soqc.SoqcRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.event == other.event and self.block == other.block and self.quota_rank == other.quota_rank and self.nation == other.nation and self.no == other.no and self.name == other.name and self.points == other.points and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition
    return __eq__


def _m241():  # skatecalc.olympic.soqc.SoqcRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.gender, self.event, self.block, self.quota_rank, self.nation, self.no, self.name, self.points, self.time, self.venue, self.date, self.competition))
    return __hash__


def _m242():  # skatecalc.olympic.soqc.SoqcRow.__init__
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


def _m243():  # skatecalc.olympic.soqc.SoqcRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, block={self.block!r}, quota_rank={self.quota_rank!r}, nation={self.nation!r}, no={self.no!r}, name={self.name!r}, points={self.points!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})'
    return __repr__


def _m244():  # skatecalc.olympic.soqc._Entrant.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.points == other.points and self.places == other.places and self.best == other.best
    return __eq__


def _m245():  # skatecalc.olympic.soqc._Entrant.__init__
    def __init__(self, name, nation, points=_fields[2].default, places=NOTHING, best=_fields[4].default) -> None:
        self.name = name
        self.nation = nation
        self.points = points
        if places is NOTHING: places = _factory_3()
        self.places = places
        self.best = best
    return __init__


def _m246():  # skatecalc.olympic.soqc._Entrant.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, points={self.points!r}, places={self.places!r}, best={self.best!r})'
    return __repr__


def _m247():  # skatecalc.olympic.walk.Designations.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.mass_start == other.mass_start and self.added == other.added and self.assigned == other.assigned and self.designees == other.designees
    return __eq__


def _m248():  # skatecalc.olympic.walk.Designations.__hash__
    def __hash__(self):
        return hash((_class_hash, self.mass_start, self.added, self.assigned, self.designees))
    return __hash__


def _m249():  # skatecalc.olympic.walk.Designations.__init__
    def __init__(self, mass_start, added, assigned, designees) -> None:
        _setattr = _bind(self)
        _setattr('mass_start', mass_start)
        _setattr('added', added)
        _setattr('assigned', assigned)
        _setattr('designees', designees)
    return __init__


def _m250():  # skatecalc.olympic.walk.Designations.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(mass_start={self.mass_start!r}, added={self.added!r}, assigned={self.assigned!r}, designees={self.designees!r})'
    return __repr__


def _m251():  # skatecalc.olympic.walk.UniqueName.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.name == other.name and self.row == other.row
    return __eq__


def _m252():  # skatecalc.olympic.walk.UniqueName.__hash__
    def __hash__(self):
        return hash((_class_hash, self.number, self.name, self.row))
    return __hash__


def _m253():  # skatecalc.olympic.walk.UniqueName.__init__
    def __init__(self, number, name, row) -> None:
        _setattr = _bind(self)
        _setattr('number', number)
        _setattr('name', name)
        _setattr('row', row)
    return __init__


def _m254():  # skatecalc.olympic.walk.UniqueName.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, name={self.name!r}, row={self.row!r})'
    return __repr__


def _m255():  # skatecalc.rules.Source.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.text == other.text and self.url == other.url and self.date == other.date
    return __eq__


def _m256():  # skatecalc.rules.Source.__hash__
    def __hash__(self):
        return hash((_class_hash, self.text, self.url, self.date))
    return __hash__


def _m257():  # skatecalc.rules.Source.__init__
    def __init__(self, text, url=_fields[1].default, date=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('text', text)
        _setattr('url', url)
        _setattr('date', date)
        self.__attrs_post_init__()
    return __init__


def _m258():  # skatecalc.rules.Source.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, url={self.url!r}, date={self.date!r})'
    return __repr__


def _m259():  # skatecalc.text.layout.Layout.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.headers == other.headers and self.rows == other.rows and self.align == other.align and self.before == other.before and self.after == other.after
    return __eq__


def _m260():  # skatecalc.text.layout.Layout.__hash__
    def __hash__(self):
        return hash((_class_hash, self.headers, self.rows, self.align, self.before, self.after))
    return __hash__


def _m261():  # skatecalc.text.layout.Layout.__init__
    def __init__(self, headers, rows, align=_fields[2].default, before=_fields[3].default, after=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('headers', _convert_0(headers))
        _setattr('rows', _convert_1(rows))
        _setattr('align', _convert_2(align))
        _setattr('before', _convert_3(before))
        _setattr('after', _convert_4(after))
        self.__attrs_post_init__()
    return __init__


def _m262():  # skatecalc.text.layout.Layout.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(headers={self.headers!r}, rows={self.rows!r}, align={self.align!r}, before={self.before!r}, after={self.after!r})'
    return __repr__


def _m263():  # skatecalc.time.RaceTime.__init__
    def __init__(self, thousandths, precision=_fields[1].default) -> None:
        _setattr = _bind(self)
        _setattr('thousandths', thousandths)
        _setattr('precision', precision)
        self.__attrs_post_init__()
    return __init__


def _m264():  # skatecalc.worldcup.outlook.Guarantee.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rival == other.rival and self.place == other.place and self.unconditional == other.unconditional and self.binding == other.binding
    return __eq__


def _m265():  # skatecalc.worldcup.outlook.Guarantee.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rival, self.place, self.unconditional, self.binding))
    return __hash__


def _m266():  # skatecalc.worldcup.outlook.Guarantee.__init__
    def __init__(self, name, rival, place, unconditional, binding=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('rival', rival)
        _setattr('place', place)
        _setattr('unconditional', unconditional)
        _setattr('binding', binding)
    return __init__


def _m267():  # skatecalc.worldcup.outlook.Guarantee.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rival={self.rival!r}, place={self.place!r}, unconditional={self.unconditional!r}, binding={self.binding!r})'
    return __repr__


def _m268():  # skatecalc.worldcup.outlook.Outlook.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.remaining == other.remaining and self.max_available == other.max_available and self.clinched == other.clinched and self.contenders == other.contenders and self.leader_guarantee == other.leader_guarantee and self.rows == other.rows and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup
    return __eq__


def _m269():  # skatecalc.worldcup.outlook.Outlook.__hash__
    def __hash__(self):
        return hash((_class_hash, self.remaining, self.max_available, self.clinched, self.contenders, self.leader_guarantee, self.rows, self.entrant, self.season, self.cup))
    return __hash__


def _m270():  # skatecalc.worldcup.outlook.Outlook.__init__
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


def _m271():  # skatecalc.worldcup.outlook.OutlookRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.can_still_win == other.can_still_win
    return __eq__


def _m272():  # skatecalc.worldcup.outlook.OutlookRow.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.can_still_win))
    return __hash__


def _m273():  # skatecalc.worldcup.outlook.OutlookRow.__init__
    def __init__(self, rank, name, points, wins, can_still_win) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('can_still_win', can_still_win)
    return __init__


def _m274():  # skatecalc.worldcup.outlook.OutlookRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, can_still_win={self.can_still_win!r})'
    return __repr__


def _m275():  # skatecalc.worldcup.races.MassStartEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.sprint_points == other.sprint_points and self.finish == other.finish and self.status == other.status
    return __eq__


def _m276():  # skatecalc.worldcup.races.MassStartEntry.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.sprint_points, self.finish, self.status))
    return __hash__


def _m277():  # skatecalc.worldcup.races.MassStartEntry.__init__
    def __init__(self, rank, name, sprint_points, finish, status) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('sprint_points', sprint_points)
        _setattr('finish', finish)
        _setattr('status', status)
    return __init__


def _m278():  # skatecalc.worldcup.races.MassStartEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, sprint_points={self.sprint_points!r}, finish={self.finish!r}, status={self.status!r})'
    return __repr__


def _m279():  # skatecalc.worldcup.races.MassStartRanking.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.entries == other.entries and self.rules == other.rules
    return __eq__


def _m280():  # skatecalc.worldcup.races.MassStartRanking.__hash__
    def __hash__(self):
        return hash((_class_hash, self.entries, self.rules))
    return __hash__


def _m281():  # skatecalc.worldcup.races.MassStartRanking.__init__
    def __init__(self, entries, rules) -> None:
        _setattr = _bind(self)
        _setattr('entries', entries)
        _setattr('rules', rules)
    return __init__


def _m282():  # skatecalc.worldcup.races.MassStartRanking.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(entries={self.entries!r}, rules={self.rules!r})'
    return __repr__


def _m283():  # skatecalc.worldcup.races.RaceResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.race == other.race and self.names == other.names and self.scores == other.scores
    return __eq__


def _m284():  # skatecalc.worldcup.races.RaceResult.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.race, self.names, self.scores))
    return __hash__


def _m285():  # skatecalc.worldcup.races.RaceResult.__init__
    def __init__(self, name, race, names, scores) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('race', race)
        _setattr('names', names)
        _setattr('scores', scores)
        self.__attrs_post_init__()
    return __init__


def _m286():  # skatecalc.worldcup.races.RaceResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, race={self.race!r}, names={self.names!r}, scores={self.scores!r})'
    return __repr__


def _m287():  # skatecalc.worldcup.rules.Race.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.final == other.final and self.division == other.division and self.distance == other.distance
    return __eq__


def _m288():  # skatecalc.worldcup.rules.Race.__hash__
    def __hash__(self):
        return hash((_class_hash, self.final, self.division, self.distance))
    return __hash__


def _m289():  # skatecalc.worldcup.rules.Race.__init__
    def __init__(self, final=_fields[0].default, division=_fields[1].default, distance=_fields[2].default) -> None:
        _setattr = _bind(self)
        _setattr('final', final)
        _setattr('division', _convert_1(division))
        _setattr('distance', distance)
        _validate_0(self, _fields[0], self.final)
    return __init__


def _m290():  # skatecalc.worldcup.rules.Race.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(final={self.final!r}, division={self.division!r}, distance={self.distance!r})'
    return __repr__


def _m291():  # skatecalc.worldcup.rules.Rules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.season == other.season and self.division_a == other.division_a and self.division_b == other.division_b and self.final == other.final and self.mass_start == other.mass_start and self.distance_tables == other.distance_tables and self.team_status == other.team_status and self.team_source == other.team_source and self.mass_start_points_status == other.mass_start_points_status and self.final_field == other.final_field and self.tie_break == other.tie_break and self.source == other.source
    return __eq__


def _m292():  # skatecalc.worldcup.rules.Rules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.season, self.division_a, self.division_b, self.final, self.mass_start, self.distance_tables, self.team_status, self.team_source, self.mass_start_points_status, self.final_field, self.tie_break, self.source))
    return __hash__


def _m293():  # skatecalc.worldcup.rules.Rules.__init__
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


def _m294():  # skatecalc.worldcup.standings.Change.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rank == other.rank and self.before == other.before and self.added == other.added
    return __eq__


def _m295():  # skatecalc.worldcup.standings.Change.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.rank, self.before, self.added))
    return __hash__


def _m296():  # skatecalc.worldcup.standings.Change.__init__
    def __init__(self, name, rank, before, added) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('rank', rank)
        _setattr('before', before)
        _setattr('added', added)
    return __init__


def _m297():  # skatecalc.worldcup.standings.Change.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rank={self.rank!r}, before={self.before!r}, added={self.added!r})'
    return __repr__


def _m298():  # skatecalc.worldcup.standings.Score.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.race == other.race and self.place == other.place and self.status == other.status and self.points == other.points
    return __eq__


def _m299():  # skatecalc.worldcup.standings.Score.__hash__
    def __hash__(self):
        return hash((_class_hash, self.race, self.place, self.status, self.points))
    return __hash__


def _m300():  # skatecalc.worldcup.standings.Score.__init__
    def __init__(self, race, place, status, points) -> None:
        _setattr = _bind(self)
        _setattr('race', race)
        _setattr('place', place)
        _setattr('status', status)
        _setattr('points', points)
    return __init__


def _m301():  # skatecalc.worldcup.standings.Score.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(race={self.race!r}, place={self.place!r}, status={self.status!r}, points={self.points!r})'
    return __repr__


def _m302():  # skatecalc.worldcup.standings.Standing.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results
    return __eq__


def _m303():  # skatecalc.worldcup.standings.Standing.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.results))
    return __hash__


def _m304():  # skatecalc.worldcup.standings.Standing.__init__
    def __init__(self, rank, name, points, wins, results) -> None:
        _setattr = _bind(self)
        _setattr('rank', rank)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('results', results)
    return __init__


def _m305():  # skatecalc.worldcup.standings.Standing.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})'
    return __repr__


def _m306():  # skatecalc.worldcup.standings.Standings.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.entries == other.entries and self.races == other.races and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup
    return __eq__


def _m307():  # skatecalc.worldcup.standings.Standings.__hash__
    def __hash__(self):
        return hash((_class_hash, self.entries, self.races, self.entrant, self.season, self.cup))
    return __hash__


def _m308():  # skatecalc.worldcup.standings.Standings.__init__
    def __init__(self, entries, races=_fields[1].default, entrant=_fields[2].default, season=_fields[3].default, cup=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('entries', entries)
        _setattr('races', races)
        _setattr('entrant', entrant)
        _setattr('season', season)
        _setattr('cup', cup)
    return __init__


def _m309():  # skatecalc.worldcup.standings.Tally.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results
    return __eq__


def _m310():  # skatecalc.worldcup.standings.Tally.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.points, self.wins, self.results))
    return __hash__


def _m311():  # skatecalc.worldcup.standings.Tally.__init__
    def __init__(self, name, points, wins, results) -> None:
        _setattr = _bind(self)
        _setattr('name', name)
        _setattr('points', points)
        _setattr('wins', wins)
        _setattr('results', _convert_3(results))
    return __init__


def _m312():  # skatecalc.worldcup.standings.Tally.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})'
    return __repr__


def _m313():  # skatecalc.worldcup.tables.FinalRule.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.kind == other.kind and self.status == other.status and self.source == other.source and self.table == other.table and self.factor == other.factor
    return __eq__


def _m314():  # skatecalc.worldcup.tables.FinalRule.__hash__
    def __hash__(self):
        return hash((_class_hash, self.kind, self.status, self.source, self.table, self.factor))
    return __hash__


def _m315():  # skatecalc.worldcup.tables.FinalRule.__init__
    def __init__(self, kind, status=_fields[1].default, source=_fields[2].default, table=_fields[3].default, factor=_fields[4].default) -> None:
        _setattr = _bind(self)
        _setattr('kind', kind)
        _setattr('status', status)
        _setattr('source', source)
        _setattr('table', table)
        _setattr('factor', factor)
    return __init__


def _m316():  # skatecalc.worldcup.tables.FinalRule.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(kind={self.kind!r}, status={self.status!r}, source={self.source!r}, table={self.table!r}, factor={self.factor!r})'
    return __repr__


def _m317():  # skatecalc.worldcup.tables.MassStartRules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.intermediate == other.intermediate and self.final_sprint == other.final_sprint and self.sprint_laps == other.sprint_laps and self.status == other.status and self.source == other.source and self.description == other.description
    return __eq__


def _m318():  # skatecalc.worldcup.tables.MassStartRules.__hash__
    def __hash__(self):
        return hash((_class_hash, self.intermediate, self.final_sprint, self.sprint_laps, self.status, self.source, self.description))
    return __hash__


def _m319():  # skatecalc.worldcup.tables.MassStartRules.__init__
    def __init__(self, intermediate, final_sprint, sprint_laps=_fields[2].default, status=_fields[3].default, source=_fields[4].default, description=_fields[5].default) -> None:
        _setattr = _bind(self)
        _setattr('intermediate', intermediate)
        _setattr('final_sprint', final_sprint)
        _setattr('sprint_laps', sprint_laps)
        _setattr('status', status)
        _setattr('source', source)
        _setattr('description', description)
    return __init__


def _m320():  # skatecalc.worldcup.tables.MassStartRules.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(intermediate={self.intermediate!r}, final_sprint={self.final_sprint!r}, sprint_laps={self.sprint_laps!r}, status={self.status!r}, source={self.source!r}, description={self.description!r})'
    return __repr__


def _m321():  # skatecalc.worldcup.tables.PlacePoints.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.division_a == other.division_a and self.final == other.final and self.division_b == other.division_b
    return __eq__


def _m322():  # skatecalc.worldcup.tables.PlacePoints.__hash__
    def __hash__(self):
        return hash((_class_hash, self.place, self.division_a, self.final, self.division_b))
    return __hash__


def _m323():  # skatecalc.worldcup.tables.PlacePoints.__init__
    def __init__(self, place, division_a, final, division_b) -> None:
        _setattr = _bind(self)
        _setattr('place', place)
        _setattr('division_a', division_a)
        _setattr('final', final)
        _setattr('division_b', division_b)
    return __init__


def _m324():  # skatecalc.worldcup.tables.PlacePoints.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, division_a={self.division_a!r}, final={self.final!r}, division_b={self.division_b!r})'
    return __repr__


def _m325():  # skatecalc.worldcup.tables.PointsTables.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rules == other.rules and self.places == other.places
    return __eq__


def _m326():  # skatecalc.worldcup.tables.PointsTables.__hash__
    def __hash__(self):
        return hash((_class_hash, self.rules, self.places))
    return __hash__


def _m327():  # skatecalc.worldcup.tables.PointsTables.__init__
    def __init__(self, rules, places) -> None:
        _setattr = _bind(self)
        _setattr('rules', rules)
        _setattr('places', places)
    return __init__


def _m328():  # skatecalc.worldcup.tables.Table.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.values == other.values and self.length == other.length and self.note == other.note and self.source == other.source and self.supply == other.supply
    return __eq__


def _m329():  # skatecalc.worldcup.tables.Table.__hash__
    def __hash__(self):
        return hash((_class_hash, self.name, self.values, self.length, self.note, self.source, self.supply))
    return __hash__


def _m330():  # skatecalc.worldcup.tables.Table.__init__
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


def _m331():  # skatecalc.worldcup.tables.Table.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, length={self.length!r}, note={self.note!r}, source={self.source!r}, supply={self.supply!r})'
    return __repr__


def _m332():  # skatecalc.worldcup.tables.Value.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.points == other.points and self.status == other.status and self.source == other.source
    return __eq__


def _m333():  # skatecalc.worldcup.tables.Value.__hash__
    def __hash__(self):
        return hash((_class_hash, self.points, self.status, self.source))
    return __hash__


def _m334():  # skatecalc.worldcup.tables.Value.__init__
    def __init__(self, points, status, source) -> None:
        _setattr = _bind(self)
        _setattr('points', points)
        _setattr('status', status)
        _setattr('source', source)
        self.__attrs_post_init__()
    return __init__


def _m335():  # skatecalc.worldcup.tables.Value.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(points={self.points!r}, status={self.status!r}, source={self.source!r})'
    return __repr__


METHODS = {
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.distances == other.distances and self.title == other.title and self.final == other.final and self.source == other.source and self.status == other.status and self.aliases == other.aliases and self.cuts == other.cuts': _m0,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.distances, self.title, self.final, self.source, self.status, self.aliases, self.cuts))': _m1,
    "def __init__(self, name, distances, title=_fields[2].default, final=_fields[3].default, source=_fields[4].default, status=_fields[5].default, aliases=_fields[6].default, cuts=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('distances', _convert_1(distances))\n    _setattr('title', title)\n    _setattr('final', final)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('aliases', aliases)\n    _setattr('cuts', _convert_7(cuts))\n    _setattr('_labels', _factory_8(self))\n    self.__attrs_post_init__()": _m2,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, distances={self.distances!r}, title={self.title!r}, final={self.final!r}, source={self.source!r}, status={self.status!r}, aliases={self.aliases!r}, cuts={self.cuts!r})\'': _m3,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.after == other.after and self.size == other.size and self.source == other.source and self.status == other.status': _m4,
    'def __hash__(self):\n    return hash((_class_hash, self.after, self.size, self.source, self.status))': _m5,
    "def __init__(self, after, size=_fields[1].default, source=_fields[2].default, status=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('after', after)\n    _setattr('size', size)\n    _setattr('source', source)\n    _setattr('status', status)\n    _validate_0(self, _fields[0], self.after)\n    _validate_1(self, _fields[1], self.size)": _m6,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(after={self.after!r}, size={self.size!r}, source={self.source!r}, status={self.status!r})\'': _m7,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.size == other.size and self.long_index == other.long_index and self.fill == other.fill and self.source == other.source and self.status == other.status': _m8,
    'def __hash__(self):\n    return hash((_class_hash, self.size, self.long_index, self.fill, self.source, self.status))': _m9,
    "def __init__(self, size=_fields[0].default, long_index=_fields[1].default, fill=_fields[2].default, source=_fields[3].default, status=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('size', size)\n    _setattr('long_index', long_index)\n    _setattr('fill', fill)\n    _setattr('source', source)\n    _setattr('status', status)\n    _validate_0(self, _fields[0], self.size)\n    _validate_1(self, _fields[1], self.long_index)\n    _validate_2(self, _fields[2], self.fill)": _m10,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, long_index={self.long_index!r}, fill={self.fill!r}, source={self.source!r}, status={self.status!r})\'': _m11,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.size == other.size and self.source == other.source and self.status == other.status and self.after == other.after': _m12,
    'def __hash__(self):\n    return hash((_class_hash, self.size, self.source, self.status, self.after))': _m13,
    "def __init__(self, size=_fields[0].default, source=_fields[1].default, status=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('size', size)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('after', _fields[3].default)\n    _validate_0(self, _fields[0], self.size)": _m14,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, source={self.source!r}, status={self.status!r}, after={self.after!r})\'': _m15,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.results == other.results and self.distance_thousandths == other.distance_thousandths and self.distance_ranks == other.distance_ranks and self.total_thousandths == other.total_thousandths and self.status == other.status and self.finalist == other.finalist': _m16,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.results, self.distance_thousandths, self.distance_ranks, self.total_thousandths, self.status, self.finalist))': _m17,
    "def __init__(self, name, nation, rank, results, distance_thousandths, distance_ranks, total_thousandths, status=_fields[7].default, finalist=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('results', results)\n    _setattr('distance_thousandths', distance_thousandths)\n    _setattr('distance_ranks', distance_ranks)\n    _setattr('total_thousandths', total_thousandths)\n    _setattr('status', status)\n    _setattr('finalist', finalist)": _m18,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, results={self.results!r}, distance_thousandths={self.distance_thousandths!r}, distance_ranks={self.distance_ranks!r}, total_thousandths={self.total_thousandths!r}, status={self.status!r}, finalist={self.finalist!r})\'': _m19,
    "def __init__(self, combination, after, entries, rounding=_fields[3].default, qualifiers=_fields[4].default, notes=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('after', after)\n    _setattr('_source', entries)\n    _setattr('rounding', rounding)\n    _setattr('qualifiers', qualifiers)\n    _setattr('notes', notes)\n    _setattr('_made', _fields[6].default)": _m20,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.distance == other.distance and self.index == other.index and self.n_distances == other.n_distances and self.finished == other.finished and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes and self.field_size == other.field_size': _m21,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.distance, self.index, self.n_distances, self.finished, self.lines, self.podium, self.notes, self.field_size))': _m22,
    "def __init__(self, combination, distance, index, n_distances, finished, lines, podium=_fields[6].default, notes=_fields[7].default, field_size=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('distance', distance)\n    _setattr('index', index)\n    _setattr('n_distances', n_distances)\n    _setattr('finished', finished)\n    _setattr('lines', lines)\n    _setattr('podium', podium)\n    _setattr('notes', notes)\n    _setattr('field_size', field_size)": _m23,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.total == other.total and self.lead == other.lead and self.podium == other.podium': _m24,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.total, self.lead, self.podium))': _m25,
    "def __init__(self, name, nation, rank, total, lead, podium) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('total', total)\n    _setattr('lead', lead)\n    _setattr('podium', podium)": _m26,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, total={self.total!r}, lead={self.lead!r}, podium={self.podium!r})\'': _m27,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.index == other.index and self.distance == other.distance and self.finished == other.finished and self.field_size == other.field_size and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes': _m28,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.index, self.distance, self.finished, self.field_size, self.lines, self.podium, self.notes))': _m29,
    "def __init__(self, combination, index, distance, finished, field_size, lines, podium=_fields[6].default, notes=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('index', index)\n    _setattr('distance', distance)\n    _setattr('finished', finished)\n    _setattr('field_size', field_size)\n    _setattr('lines', lines)\n    _setattr('podium', podium)\n    _setattr('notes', notes)": _m30,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.state == other.state and self.results == other.results and self.total == other.total and self.before_rank == other.before_rank and self.before == other.before and self.distance_rank == other.distance_rank and self.lead == other.lead and self.podium == other.podium and self.completed == other.completed': _m31,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.rank, self.state, self.results, self.total, self.before_rank, self.before, self.distance_rank, self.lead, self.podium, self.completed))': _m32,
    "def __init__(self, name, nation, rank, state, results, total, before_rank, before, distance_rank=_fields[8].default, lead=_fields[9].default, podium=_fields[10].default, completed=_fields[11].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('rank', rank)\n    _setattr('state', state)\n    _setattr('results', results)\n    _setattr('total', total)\n    _setattr('before_rank', before_rank)\n    _setattr('before', before)\n    _setattr('distance_rank', distance_rank)\n    _setattr('lead', lead)\n    _setattr('podium', podium)\n    _setattr('completed', completed)": _m33,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, state={self.state!r}, results={self.results!r}, total={self.total!r}, before_rank={self.before_rank!r}, before={self.before!r}, distance_rank={self.distance_rank!r}, lead={self.lead!r}, podium={self.podium!r}, completed={self.completed!r})\'': _m34,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.skater == other.skater and self.distance == other.distance and self.index == other.index and self.total == other.total and self.beat == other.beat and self.rank == other.rank and self.tie == other.tie and self.opponent == other.opponent and self.opponent_total == other.opponent_total and self.opponent_time == other.opponent_time and self.target == other.target and self.time == other.time and self.reference == other.reference and self.finished == other.finished and self._contenders == other._contenders and self.rounding == other.rounding and self.notes == other.notes': _m35,
    'def __hash__(self):\n    return hash((_class_hash, self.skater, self.distance, self.index, self.total, self.beat, self.rank, self.tie, self.opponent, self.opponent_total, self.opponent_time, self.target, self.time, self.reference, self.finished, self._contenders, self.rounding, self.notes))': _m36,
    "def __init__(self, skater, distance, index, total, beat=_fields[4].default, rank=_fields[5].default, tie=_fields[6].default, opponent=_fields[7].default, opponent_total=_fields[8].default, opponent_time=_fields[9].default, target=_fields[10].default, time=_fields[11].default, reference=_fields[12].default, finished=_fields[13].default, contenders=_fields[14].default, rounding=_fields[15].default, notes=_fields[16].default) -> None:\n    _setattr = _bind(self)\n    _setattr('skater', skater)\n    _setattr('distance', distance)\n    _setattr('index', index)\n    _setattr('total', total)\n    _setattr('beat', beat)\n    _setattr('rank', rank)\n    _setattr('tie', tie)\n    _setattr('opponent', opponent)\n    _setattr('opponent_total', opponent_total)\n    _setattr('opponent_time', opponent_time)\n    _setattr('target', target)\n    _setattr('time', time)\n    _setattr('reference', reference)\n    _setattr('finished', finished)\n    _setattr('_contenders', contenders)\n    _setattr('rounding', rounding)\n    _setattr('notes', notes)": _m37,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.time == other.time and self.to_pass == other.to_pass and self.certain == other.certain': _m38,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.time, self.to_pass, self.certain))': _m39,
    "def __init__(self, rank, time, to_pass, certain=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('time', time)\n    _setattr('to_pass', to_pass)\n    _setattr('certain', certain)": _m40,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, time={self.time!r}, to_pass={self.to_pass!r}, certain={self.certain!r})\'': _m41,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.text == other.text and self.name == other.name and self.suffix == other.suffix and self.example == other.example': _m42,
    'def __hash__(self):\n    return hash((_class_hash, self.text, self.name, self.suffix, self.example))': _m43,
    "def __init__(self, text, name, suffix, example=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('text', text)\n    _setattr('name', name)\n    _setattr('suffix', suffix)\n    _setattr('example', example)": _m44,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, name={self.name!r}, suffix={self.suffix!r}, example={self.example!r})\'': _m45,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.text == other.text and self.title == other.title and self.key == other.key and self.local_rows == other.local_rows and self.after == other.after': _m46,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.text, self.title, self.key, self.local_rows, self.after))': _m47,
    "def __init__(self, rows, text, title=_fields[2].default, key=_fields[3].default, local_rows=_fields[4].default, after=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('text', text)\n    _setattr('title', title)\n    _setattr('key', key)\n    _setattr('local_rows', local_rows)\n    _setattr('after', after)": _m48,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, text={self.text!r}, title={self.title!r}, key={self.key!r}, local_rows={self.local_rows!r}, after={self.after!r})\'': _m49,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.types == other.types and self.meaning == other.meaning': _m50,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.types, self.meaning))': _m51,
    "def __init__(self, name, types, meaning, *, get=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('types', _convert_1(types))\n    _setattr('meaning', meaning)\n    _setattr('get', get)": _m52,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, types={self.types!r}, meaning={self.meaning!r})\'': _m53,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.python == other.python and self.cli == other.cli': _m54,
    'def __hash__(self):\n    return hash((_class_hash, self.python, self.cli))': _m55,
    "def __init__(self, python, cli) -> None:\n    _setattr = _bind(self)\n    _setattr('python', python)\n    _setattr('cli', cli)": _m56,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(python={self.python!r}, cli={self.cli!r})\'': _m57,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.kind == other.kind and self.path == other.path and self.what == other.what and self.source == other.source and self.season == other.season': _m58,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.kind, self.path, self.what, self.source, self.season))': _m59,
    "def __init__(self, name, kind, path, what, source, season=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('kind', kind)\n    _setattr('path', path)\n    _setattr('what', what)\n    _setattr('source', source)\n    _setattr('season', season)": _m60,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, kind={self.kind!r}, path={self.path!r}, what={self.what!r}, source={self.source!r}, season={self.season!r})\'': _m61,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.examples == other.examples': _m62,
    'def __hash__(self):\n    return hash((_class_hash, self.examples))': _m63,
    "def __init__(self, examples) -> None:\n    _setattr = _bind(self)\n    _setattr('examples', examples)": _m64,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.header == other.header and self.records == other.records and self.source == other.source and self.header_line == other.header_line': _m65,
    'def __hash__(self):\n    return hash((_class_hash, self.header, self.records, self.source, self.header_line))': _m66,
    "def __init__(self, header, records, source, header_line) -> None:\n    _setattr = _bind(self)\n    _setattr('header', header)\n    _setattr('records', records)\n    _setattr('source', source)\n    _setattr('header_line', header_line)": _m67,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, records={self.records!r}, source={self.source!r}, header_line={self.header_line!r})\'': _m68,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.line == other.line and self.cells == other.cells and self.header == other.header and self.source == other.source': _m69,
    'def __hash__(self):\n    return hash((_class_hash, self.line, self.cells, self.header, self.source))': _m70,
    "def __init__(self, line, cells, header, source) -> None:\n    _setattr = _bind(self)\n    _setattr('line', line)\n    _setattr('cells', cells)\n    _setattr('header', header)\n    _setattr('source', source)": _m71,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(line={self.line!r}, cells={self.cells!r}, header={self.header!r}, source={self.source!r})\'': _m72,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.header == other.header and self.rows == other.rows and self.source == other.source and self.header_line == other.header_line': _m73,
    'def __hash__(self):\n    return hash((_class_hash, self.header, self.rows, self.source, self.header_line))': _m74,
    "def __init__(self, header, rows, source, header_line) -> None:\n    _setattr = _bind(self)\n    _setattr('header', header)\n    _setattr('rows', rows)\n    _setattr('source', source)\n    _setattr('header_line', header_line)": _m75,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, rows={self.rows!r}, source={self.source!r}, header_line={self.header_line!r})\'': _m76,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.title == other.title and self.kind == other.kind and self.distance == other.distance and self.category == other.category and self.start == other.start and self.laps == other.laps and self.round == other.round and self.is_live == other.is_live and self.is_official == other.is_official': _m77,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.title, self.kind, self.distance, self.category, self.start, self.laps, self.round, self.is_live, self.is_official))': _m78,
    "def __init__(self, number, title, kind, distance, category, start, laps=_fields[6].default, round=_fields[7].default, is_live=_fields[8].default, is_official=_fields[9].default) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('title', title)\n    _setattr('kind', kind)\n    _setattr('distance', distance)\n    _setattr('category', category)\n    _setattr('start', start)\n    _setattr('laps', laps)\n    _setattr('round', round)\n    _setattr('is_live', is_live)\n    _setattr('is_official', is_official)": _m79,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, title={self.title!r}, kind={self.kind!r}, distance={self.distance!r}, category={self.category!r}, start={self.start!r}, laps={self.laps!r}, round={self.round!r}, is_live={self.is_live!r}, is_official={self.is_official!r})\'': _m80,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.time == other.time and self.passage == other.passage and self.rank == other.rank': _m81,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.time, self.passage, self.rank))': _m82,
    "def __init__(self, number, time, passage, rank) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('time', time)\n    _setattr('passage', passage)\n    _setattr('rank', rank)": _m83,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, time={self.time!r}, passage={self.passage!r}, rank={self.rank!r})\'': _m84,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.pair == other.pair and self.lane == other.lane and self.rank == other.rank and self.status == other.status and self.time == other.time and self.behind == other.behind and self.laps == other.laps': _m85,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.nation, self.pair, self.lane, self.rank, self.status, self.time, self.behind, self.laps))': _m86,
    "def __init__(self, name, nation, pair, lane, rank, status, time, behind, laps=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('pair', pair)\n    _setattr('lane', lane)\n    _setattr('rank', rank)\n    _setattr('status', status)\n    _setattr('time', time)\n    _setattr('behind', behind)\n    _setattr('laps', laps)": _m87,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, pair={self.pair!r}, lane={self.lane!r}, rank={self.rank!r}, status={self.status!r}, time={self.time!r}, behind={self.behind!r}, laps={self.laps!r})\'': _m88,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.id == other.id and self.start == other.start and self.title == other.title and self.day == other.day and self.competition == other.competition and self.published == other.published and self.live == other.live': _m89,
    'def __hash__(self):\n    return hash((_class_hash, self.id, self.start, self.title, self.day, self.competition, self.published, self.live))': _m90,
    "def __init__(self, id, start, title, day, competition, published, live) -> None:\n    _setattr = _bind(self)\n    _setattr('id', id)\n    _setattr('start', start)\n    _setattr('title', title)\n    _setattr('day', day)\n    _setattr('competition', competition)\n    _setattr('published', published)\n    _setattr('live', live)": _m91,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(id={self.id!r}, start={self.start!r}, title={self.title!r}, day={self.day!r}, competition={self.competition!r}, published={self.published!r}, live={self.live!r})\'': _m92,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.lines == other.lines': _m93,
    'def __hash__(self):\n    return hash((_class_hash, self.lines))': _m94,
    "def __init__(self, lines, source=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('lines', lines)\n    _setattr('source', source)": _m95,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(lines={self.lines!r}, source={self.source!r})\'': _m96,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.bounds == other.bounds and self.time_start == other.time_start and self.cells == other.cells': _m97,
    'def __hash__(self):\n    return hash((_class_hash, self.bounds, self.time_start, self.cells))': _m98,
    "def __init__(self, bounds, time_start, cells) -> None:\n    _setattr = _bind(self)\n    _setattr('bounds', bounds)\n    _setattr('time_start', time_start)\n    _setattr('cells', cells)": _m99,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(bounds={self.bounds!r}, time_start={self.time_start!r}, cells={self.cells!r})\'': _m100,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.name == other.name and self.nation == other.nation and self.time == other.time and self.status == other.status and self.age_group == other.age_group and self.records == other.records and self.diff == other.diff': _m101,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.name, self.nation, self.time, self.status, self.age_group, self.records, self.diff))': _m102,
    "def __init__(self, place, name, nation, time=_fields[3].default, status=_fields[4].default, age_group=_fields[5].default, records=_fields[6].default, diff=_fields[7].default, line=_fields[8].default, printed_points=_fields[9].default, printed_name=_fields[10].default, pair=_fields[11].default, lane=_fields[12].default, footnote=_fields[13].default, laps=_fields[14].default, sprints=_fields[15].default, points_flag=_fields[16].default, passages=_fields[17].default) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('time', time)\n    _setattr('status', status)\n    _setattr('age_group', age_group)\n    _setattr('records', records)\n    _setattr('diff', diff)\n    _setattr('line', line)\n    _setattr('printed_points', printed_points)\n    _setattr('printed_name', printed_name)\n    _setattr('pair', pair)\n    _setattr('lane', lane)\n    _setattr('footnote', footnote)\n    _setattr('laps', laps)\n    _setattr('sprints', sprints)\n    _setattr('points_flag', points_flag)\n    _setattr('passages', passages)\n    self.__attrs_post_init__()": _m103,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, age_group={self.age_group!r}, records={self.records!r}, diff={self.diff!r})\'': _m104,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.first_day == other.first_day and self.last_day == other.last_day and self.venue == other.venue and self.races == other.races': _m105,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.first_day, self.last_day, self.venue, self.races))': _m106,
    "def __init__(self, name, first_day, last_day, venue, races, source=_fields[5].default, line=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('first_day', first_day)\n    _setattr('last_day', last_day)\n    _setattr('venue', venue)\n    _setattr('races', races)\n    _setattr('source', source)\n    _setattr('line', line)": _m107,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.distance == other.distance and self.gender == other.gender and self.date == other.date and self.entries == other.entries and self.division == other.division': _m108,
    'def __hash__(self):\n    return hash((_class_hash, self.distance, self.gender, self.date, self.entries, self.division))': _m109,
    "def __init__(self, distance, gender, date, entries, division=_fields[4].default, line=_fields[5].default, warnings=_fields[6].default, single=_fields[7].default, number=_fields[8].default, printed_title=_fields[9].default, to_skate=_fields[10].default) -> None:\n    _setattr = _bind(self)\n    _setattr('distance', distance)\n    _setattr('gender', gender)\n    _setattr('date', date)\n    _setattr('entries', entries)\n    _setattr('division', division)\n    _setattr('line', line)\n    _setattr('warnings', warnings)\n    _setattr('single', single)\n    _setattr('number', number)\n    _setattr('printed_title', printed_title)\n    _setattr('to_skate', to_skate)\n    self.__attrs_post_init__()": _m110,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.nation == other.nation and self.time == other.time and self.status == other.status and self.members == other.members': _m111,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.nation, self.time, self.status, self.members))': _m112,
    "def __init__(self, place, nation, time, status, members) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('nation', nation)\n    _setattr('time', time)\n    _setattr('status', status)\n    _setattr('members', members)": _m113,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, members={self.members!r})\'': _m114,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.results == other.results and self.mass_start == other.mass_start and self.source == other.source': _m115,
    'def __hash__(self):\n    return hash((_class_hash, self.results, self.mass_start, self.source))': _m116,
    "def __init__(self, results, mass_start, source) -> None:\n    _setattr = _bind(self)\n    _setattr('results', results)\n    _setattr('mass_start', mass_start)\n    _setattr('source', source)": _m117,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(results={self.results!r}, mass_start={self.mass_start!r}, source={self.source!r})\'': _m118,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.venue == other.venue and self.first == other.first and self.last == other.last and self.race == other.race': _m119,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.venue, self.first, self.last, self.race))': _m120,
    "def __init__(self, name, venue, first, last, race) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('venue', venue)\n    _setattr('first', first)\n    _setattr('last', last)\n    _setattr('race', race)": _m121,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, venue={self.venue!r}, first={self.first!r}, last={self.last!r}, race={self.race!r})\'': _m122,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.results == other.results and self.nations == other.nations and self.source == other.source and self.warnings == other.warnings and self.distance_places == other.distance_places': _m123,
    'def __hash__(self):\n    return hash((_class_hash, self.combination, self.results, self.nations, self.source, self.warnings, self.distance_places))': _m124,
    "def __init__(self, combination, results, nations, source, warnings=_fields[4].default, distance_places=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('combination', combination)\n    _setattr('results', results)\n    _setattr('nations', nations)\n    _setattr('source', source)\n    _setattr('warnings', warnings)\n    _setattr('distance_places', distance_places)": _m125,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(combination={self.combination!r}, results={self.results!r}, nations={self.nations!r}, source={self.source!r}, warnings={self.warnings!r}, distance_places={self.distance_places!r})\'': _m126,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.format == other.format and self.event == other.event and self.text == other.text and self.suffix == other.suffix and self.holds == other.holds': _m127,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.format, self.event, self.text, self.suffix, self.holds))': _m128,
    "def __init__(self, name, format, event=_fields[2].default, text=_fields[3].default, suffix=_fields[4].default, holds=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('format', format)\n    _setattr('event', event)\n    _setattr('text', text)\n    _setattr('suffix', suffix)\n    _setattr('holds', holds)": _m129,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, format={self.format!r}, event={self.event!r}, text={self.text!r}, suffix={self.suffix!r}, holds={self.holds!r})\'': _m130,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.same_as == other.same_as and self.line == other.line': _m131,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.same_as, self.line))': _m132,
    "def __init__(self, name, same_as, line) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('same_as', same_as)\n    _setattr('line', line)": _m133,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, same_as={self.same_as!r}, line={self.line!r})\'': _m134,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.aliases == other.aliases and self.source == other.source': _m135,
    'def __hash__(self):\n    return hash((_class_hash, self.aliases, self.source))': _m136,
    "def __init__(self, aliases, source=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('aliases', aliases)\n    _setattr('source', source)\n    self.__attrs_post_init__()": _m137,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(aliases={self.aliases!r}, source={self.source!r})\'': _m138,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rules == other.rules and self.cups == other.cups and self.source == other.source': _m139,
    'def __hash__(self):\n    return hash((_class_hash, self.rules, self.cups, self.source))': _m140,
    "def __init__(self, rules, cups, source) -> None:\n    _setattr = _bind(self)\n    _setattr('rules', rules)\n    _setattr('cups', cups)\n    _setattr('source', source)": _m141,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rules={self.rules!r}, cups={self.cups!r}, source={self.source!r})\'': _m142,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.metres == other.metres and self.nth == other.nth and self.last == other.last': _m143,
    'def __hash__(self):\n    return hash((_class_hash, self.metres, self.nth, self.last))': _m144,
    "def __init__(self, metres, nth=_fields[1].default, last=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('metres', metres)\n    _setattr('nth', nth)\n    _setattr('last', last)": _m145,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(metres={self.metres!r}, nth={self.nth!r}, last={self.last!r})\'': _m146,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.items == other.items': _m147,
    'def __hash__(self):\n    return hash((_class_hash, self.items))': _m148,
    "def __init__(self, items) -> None:\n    _setattr = _bind(self)\n    _setattr('items', items)": _m149,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(items={self.items!r})\'': _m150,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.n == other.n': _m151,
    'def __hash__(self):\n    return hash((_class_hash, self.n))': _m152,
    "def __init__(self, n) -> None:\n    _setattr = _bind(self)\n    _setattr('n', n)": _m153,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(n={self.n!r})\'': _m154,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.name == other.name and self.result == other.result': _m155,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.name, self.result))': _m156,
    "def __init__(self, place, name, result) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('name', name)\n    _setattr('result', result)": _m157,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, result={self.result!r})\'': _m158,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.distance == other.distance and self.entries == other.entries': _m159,
    'def __hash__(self):\n    return hash((_class_hash, self.distance, self.entries))': _m160,
    "def __init__(self, distance, entries) -> None:\n    _setattr = _bind(self)\n    _setattr('distance', distance)\n    _setattr('entries', entries)": _m161,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(distance={self.distance!r}, entries={self.entries!r})\'': _m162,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name': _m163,
    'def __hash__(self):\n    return hash((_class_hash, self.name))': _m164,
    "def __init__(self, name) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)": _m165,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r})\'': _m166,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.keys == other.keys': _m167,
    'def __hash__(self):\n    return hash((_class_hash, self.keys))': _m168,
    "def __init__(self, keys) -> None:\n    _setattr = _bind(self)\n    _setattr('keys', keys)": _m169,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rows == other.rows and self.tickets == other.tickets and self.discretionary == other.discretionary and self.source == other.source and self.status == other.status and self.games == other.games and self.groups == other.groups': _m170,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rows, self.tickets, self.discretionary, self.source, self.status, self.games, self.groups))': _m171,
    "def __init__(self, name, rows, tickets, discretionary=_fields[3].default, source=_fields[4].default, status=_fields[5].default, games=_fields[6].default, groups=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rows', rows)\n    _setattr('tickets', tickets)\n    _setattr('discretionary', discretionary)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('games', games)\n    _setattr('groups', groups)\n    _setattr('_by_distance', _factory_8())\n    self.__attrs_post_init__()": _m172,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.order == other.order and self.tickets == other.tickets and self.discretionary == other.discretionary and self.remaining == other.remaining and self.skaters == other.skaters': _m173,
    'def __hash__(self):\n    return hash((_class_hash, self.order, self.tickets, self.discretionary, self.remaining, self.skaters))': _m174,
    "def __init__(self, order, tickets, discretionary, remaining, skaters) -> None:\n    _setattr = _bind(self)\n    _setattr('order', order)\n    _setattr('tickets', tickets)\n    _setattr('discretionary', discretionary)\n    _setattr('remaining', remaining)\n    _setattr('skaters', skaters)": _m175,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.status == other.status and self.first_row == other.first_row and self.best == other.best and self.worst == other.worst and self.needs == other.needs and self.routes == other.routes': _m176,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.status, self.first_row, self.best, self.worst, self.needs, self.routes))': _m177,
    "def __init__(self, name, status, first_row, best, worst, needs=_fields[5].default, routes=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('status', status)\n    _setattr('first_row', first_row)\n    _setattr('best', best)\n    _setattr('worst', worst)\n    _setattr('needs', needs)\n    _setattr('routes', routes)": _m178,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, status={self.status!r}, first_row={self.first_row!r}, best={self.best!r}, worst={self.worst!r}, needs={self.needs!r})\'': _m179,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.event == other.event and self.places == other.places and self.reserve == other.reserve and self.cut == other.cut': _m180,
    'def __hash__(self):\n    return hash((_class_hash, self.event, self.places, self.reserve, self.cut))': _m181,
    "def __init__(self, event, places, reserve, cut=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('event', event)\n    _setattr('places', places)\n    _setattr('reserve', reserve)\n    _setattr('cut', cut)": _m182,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.noc == other.noc and self.points == other.points and self.best == other.best': _m183,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.noc, self.points, self.best))': _m184,
    "def __init__(self, name, noc, points, best=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('noc', noc)\n    _setattr('points', points)\n    _setattr('best', _convert_3(best))\n    self.__attrs_post_init__()": _m185,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, noc={self.noc!r}, points={self.points!r}, best={self.best!r})\'': _m186,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.event == other.event and self.size == other.size and self.points_places == other.points_places and self.times_places == other.times_places and self.max_per_noc == other.max_per_noc and self.split_status == other.split_status and self.year == other.year': _m187,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.event, self.size, self.points_places, self.times_places, self.max_per_noc, self.split_status, self.year))': _m188,
    "def __init__(self, gender, event, size, points_places, times_places, max_per_noc=_fields[5].default, split_status=_fields[6].default, year=_fields[7].default) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('event', event)\n    _setattr('size', size)\n    _setattr('points_places', points_places)\n    _setattr('times_places', times_places)\n    _setattr('max_per_noc', max_per_noc)\n    _setattr('split_status', split_status)\n    _setattr('year', year)\n    _validate_6(self, _fields[6], self.split_status)\n    self.__attrs_post_init__()": _m189,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, size={self.size!r}, points_places={self.points_places!r}, times_places={self.times_places!r}, max_per_noc={self.max_per_noc!r}, split_status={self.split_status!r}, year={self.year!r})\'': _m190,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.noc == other.noc and self.name == other.name and self.via == other.via': _m191,
    'def __hash__(self):\n    return hash((_class_hash, self.noc, self.name, self.via))': _m192,
    "def __init__(self, noc, name, via) -> None:\n    _setattr = _bind(self)\n    _setattr('noc', noc)\n    _setattr('name', name)\n    _setattr('via', via)": _m193,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(noc={self.noc!r}, name={self.name!r}, via={self.via!r})\'': _m194,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.events == other.events and self.removed == other.removed and self.before == other.before and self.after == other.after and self.reduction == other.reduction': _m195,
    'def __hash__(self):\n    return hash((_class_hash, self.events, self.removed, self.before, self.after, self.reduction))': _m196,
    "def __init__(self, events, removed, before, after, reduction=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('events', events)\n    _setattr('removed', removed)\n    _setattr('before', before)\n    _setattr('after', after)\n    _setattr('reduction', reduction)": _m197,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(events={self.events!r}, removed={self.removed!r}, before={self.before!r}, after={self.after!r}, reduction={self.reduction!r})\'': _m198,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.year == other.year and self.games == other.games and self.athletes == other.athletes and self.per_gender == other.per_gender and self.events == other.events and self.max_per_noc_gender == other.max_per_noc_gender and self.reserve == other.reserve and self.source == other.source and self.status == other.status and self.split_source == other.split_source and self.max_per_noc_source == other.max_per_noc_source and self.max_per_noc_status == other.max_per_noc_status and self.reduction == other.reduction': _m199,
    'def __hash__(self):\n    return hash((_class_hash, self.year, self.games, self.athletes, self.per_gender, self.events, self.max_per_noc_gender, self.reserve, self.source, self.status, self.split_source, self.max_per_noc_source, self.max_per_noc_status, self.reduction))': _m200,
    "def __init__(self, year, games, athletes, per_gender, events, max_per_noc_gender, reserve, source, status, split_source, max_per_noc_source=_fields[10].default, max_per_noc_status=_fields[11].default, reduction=_fields[12].default) -> None:\n    _setattr = _bind(self)\n    _setattr('year', year)\n    _setattr('games', games)\n    _setattr('athletes', athletes)\n    _setattr('per_gender', per_gender)\n    _setattr('events', events)\n    _setattr('max_per_noc_gender', max_per_noc_gender)\n    _setattr('reserve', reserve)\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('split_source', split_source)\n    _setattr('max_per_noc_source', max_per_noc_source)\n    _setattr('max_per_noc_status', max_per_noc_status)\n    _setattr('reduction', reduction)\n    _validate_8(self, _fields[8], self.status)\n    _validate_11(self, _fields[11], self.max_per_noc_status)": _m201,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.caps == other.caps and self.order == other.order and self.source == other.source and self.status == other.status and self.method_status == other.method_status and self.provisional == other.provisional': _m202,
    'def __hash__(self):\n    return hash((_class_hash, self.caps, self.order, self.source, self.status, self.method_status, self.provisional))': _m203,
    "def __init__(self, caps, order, source=_fields[2].default, status=_fields[3].default, method_status=_fields[4].default, provisional=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('caps', _convert_0(caps))\n    _setattr('order', _convert_1(order))\n    _setattr('source', source)\n    _setattr('status', status)\n    _setattr('method_status', method_status)\n    _setattr('provisional', provisional)\n    _validate_3(self, _fields[3], self.status)\n    _validate_4(self, _fields[4], self.method_status)": _m204,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(caps={self.caps!r}, order={self.order!r}, source={self.source!r}, status={self.status!r}, method_status={self.method_status!r}, provisional={self.provisional!r})\'': _m205,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.reason == other.reason': _m206,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.reason))': _m207,
    "def __init__(self, name, reason) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('reason', reason)": _m208,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, reason={self.reason!r})\'': _m209,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.row == other.row and self.freed_by == other.freed_by and self.finishing == other.finishing and self.team == other.team and self.holding == other.holding and self.starting == other.starting': _m210,
    'def __hash__(self):\n    return hash((_class_hash, self.row, self.freed_by, self.finishing, self.team, self.holding, self.starting))': _m211,
    "def __init__(self, row, freed_by, finishing, team, holding, starting, places=_fields[6].default) -> None:\n    _setattr = _bind(self)\n    _setattr('row', row)\n    _setattr('freed_by', freed_by)\n    _setattr('finishing', finishing)\n    _setattr('team', team)\n    _setattr('holding', holding)\n    _setattr('starting', starting)\n    _setattr('places', places)\n    _setattr('_source', _fields[7].default)": _m212,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, freed_by={self.freed_by!r}, finishing={self.finishing!r}, team={self.team!r}, holding={self.holding!r}, starting={self.starting!r})\'': _m213,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.kind == other.kind and self.distance == other.distance and self.place == other.place and self.status == other.status': _m214,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.kind, self.distance, self.place, self.status))': _m215,
    "def __init__(self, number, kind, distance=_fields[2].default, place=_fields[3].default, status=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('kind', kind)\n    _setattr('distance', distance)\n    _setattr('place', place)\n    _setattr('status', status)": _m216,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, kind={self.kind!r}, distance={self.distance!r}, place={self.place!r}, status={self.status!r})\'': _m217,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.holds == other.holds': _m218,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.holds))': _m219,
    "def __init__(self, rows, holds) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('holds', holds)": _m220,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, holds={self.holds!r})\'': _m221,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.row == other.row and self.earned == other.earned and self.holder == other.holder and self.reason == other.reason': _m222,
    'def __hash__(self):\n    return hash((_class_hash, self.row, self.earned, self.holder, self.reason))': _m223,
    "def __init__(self, row, earned, holder, reason) -> None:\n    _setattr = _bind(self)\n    _setattr('row', row)\n    _setattr('earned', earned)\n    _setattr('holder', holder)\n    _setattr('reason', reason)": _m224,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, earned={self.earned!r}, holder={self.holder!r}, reason={self.reason!r})\'': _m225,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.order == other.order and self.tickets == other.tickets and self.names == other.names and self.team == other.team and self.added == other.added and self.assigned == other.assigned and self.dropped == other.dropped and self.rows == other.rows and self.results == other.results and self.mass_start == other.mass_start': _m226,
    'def __hash__(self):\n    return hash((_class_hash, self.order, self.tickets, self.names, self.team, self.added, self.assigned, self.dropped, self.rows, self.results, self.mass_start))': _m227,
    "def __init__(self, order, tickets, names, team, added, assigned, dropped, rows, results, mass_start=_fields[9].default) -> None:\n    _setattr = _bind(self)\n    _setattr('order', order)\n    _setattr('tickets', tickets)\n    _setattr('names', names)\n    _setattr('team', team)\n    _setattr('added', added)\n    _setattr('assigned', assigned)\n    _setattr('dropped', dropped)\n    _setattr('rows', rows)\n    _setattr('results', results)\n    _setattr('mass_start', mass_start)\n    self.__attrs_post_init__()": _m228,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.number == other.number and self.first_row == other.first_row and self.status == other.status and self.team == other.team and self.designation == other.designation and self.distances == other.distances and self.mass_start == other.mass_start': _m229,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.number, self.first_row, self.status, self.team, self.designation, self.distances, self.mass_start))': _m230,
    "def __init__(self, name, number, first_row, status, team, designation, distances, mass_start) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('number', number)\n    _setattr('first_row', first_row)\n    _setattr('status', status)\n    _setattr('team', team)\n    _setattr('designation', designation)\n    _setattr('distances', distances)\n    _setattr('mass_start', mass_start)": _m231,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, number={self.number!r}, first_row={self.first_row!r}, status={self.status!r}, team={self.team!r}, designation={self.designation!r}, distances={self.distances!r}, mass_start={self.mass_start!r})\'': _m232,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.events == other.events and self.ties_rule == other.ties_rule and self.ties == other.ties': _m233,
    'def __hash__(self):\n    return hash((_class_hash, self.rows, self.events, self.ties_rule, self.ties))': _m234,
    "def __init__(self, rows, events, ties_rule, ties=_fields[3].default) -> None:\n    _setattr = _bind(self)\n    _setattr('rows', rows)\n    _setattr('events', events)\n    _setattr('ties_rule', ties_rule)\n    _setattr('ties', ties)": _m235,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.distance == other.distance and self.name == other.name and self.nation == other.nation and self.points == other.points and self.place == other.place and self.division == other.division and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition': _m236,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.distance, self.name, self.nation, self.points, self.place, self.division, self.time, self.venue, self.date, self.competition))': _m237,
    "def __init__(self, gender, distance, name, nation, points, place, division, time, venue, date, competition) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('distance', distance)\n    _setattr('name', name)\n    _setattr('nation', nation)\n    _setattr('points', points)\n    _setattr('place', place)\n    _setattr('division', division)\n    _setattr('time', _convert_7(time))\n    _setattr('venue', venue)\n    _setattr('date', date)\n    _setattr('competition', competition)\n    self.__attrs_post_init__()": _m238,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, distance={self.distance!r}, name={self.name!r}, nation={self.nation!r}, points={self.points!r}, place={self.place!r}, division={self.division!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})\'': _m239,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.event == other.event and self.block == other.block and self.quota_rank == other.quota_rank and self.nation == other.nation and self.no == other.no and self.name == other.name and self.points == other.points and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition': _m240,
    'def __hash__(self):\n    return hash((_class_hash, self.gender, self.event, self.block, self.quota_rank, self.nation, self.no, self.name, self.points, self.time, self.venue, self.date, self.competition))': _m241,
    "def __init__(self, gender, event, block, quota_rank, nation, no, name, points, time, venue, date, competition) -> None:\n    _setattr = _bind(self)\n    _setattr('gender', gender)\n    _setattr('event', event)\n    _setattr('block', block)\n    _setattr('quota_rank', quota_rank)\n    _setattr('nation', nation)\n    _setattr('no', no)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('time', time)\n    _setattr('venue', venue)\n    _setattr('date', date)\n    _setattr('competition', competition)": _m242,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, block={self.block!r}, quota_rank={self.quota_rank!r}, nation={self.nation!r}, no={self.no!r}, name={self.name!r}, points={self.points!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})\'': _m243,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.points == other.points and self.places == other.places and self.best == other.best': _m244,
    'def __init__(self, name, nation, points=_fields[2].default, places=NOTHING, best=_fields[4].default) -> None:\n    self.name = name\n    self.nation = nation\n    self.points = points\n    if places is NOTHING: places = _factory_3()\n    self.places = places\n    self.best = best': _m245,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, points={self.points!r}, places={self.places!r}, best={self.best!r})\'': _m246,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.mass_start == other.mass_start and self.added == other.added and self.assigned == other.assigned and self.designees == other.designees': _m247,
    'def __hash__(self):\n    return hash((_class_hash, self.mass_start, self.added, self.assigned, self.designees))': _m248,
    "def __init__(self, mass_start, added, assigned, designees) -> None:\n    _setattr = _bind(self)\n    _setattr('mass_start', mass_start)\n    _setattr('added', added)\n    _setattr('assigned', assigned)\n    _setattr('designees', designees)": _m249,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(mass_start={self.mass_start!r}, added={self.added!r}, assigned={self.assigned!r}, designees={self.designees!r})\'': _m250,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.name == other.name and self.row == other.row': _m251,
    'def __hash__(self):\n    return hash((_class_hash, self.number, self.name, self.row))': _m252,
    "def __init__(self, number, name, row) -> None:\n    _setattr = _bind(self)\n    _setattr('number', number)\n    _setattr('name', name)\n    _setattr('row', row)": _m253,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, name={self.name!r}, row={self.row!r})\'': _m254,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.text == other.text and self.url == other.url and self.date == other.date': _m255,
    'def __hash__(self):\n    return hash((_class_hash, self.text, self.url, self.date))': _m256,
    "def __init__(self, text, url=_fields[1].default, date=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('text', text)\n    _setattr('url', url)\n    _setattr('date', date)\n    self.__attrs_post_init__()": _m257,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, url={self.url!r}, date={self.date!r})\'': _m258,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.headers == other.headers and self.rows == other.rows and self.align == other.align and self.before == other.before and self.after == other.after': _m259,
    'def __hash__(self):\n    return hash((_class_hash, self.headers, self.rows, self.align, self.before, self.after))': _m260,
    "def __init__(self, headers, rows, align=_fields[2].default, before=_fields[3].default, after=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('headers', _convert_0(headers))\n    _setattr('rows', _convert_1(rows))\n    _setattr('align', _convert_2(align))\n    _setattr('before', _convert_3(before))\n    _setattr('after', _convert_4(after))\n    self.__attrs_post_init__()": _m261,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(headers={self.headers!r}, rows={self.rows!r}, align={self.align!r}, before={self.before!r}, after={self.after!r})\'': _m262,
    "def __init__(self, thousandths, precision=_fields[1].default) -> None:\n    _setattr = _bind(self)\n    _setattr('thousandths', thousandths)\n    _setattr('precision', precision)\n    self.__attrs_post_init__()": _m263,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rival == other.rival and self.place == other.place and self.unconditional == other.unconditional and self.binding == other.binding': _m264,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rival, self.place, self.unconditional, self.binding))': _m265,
    "def __init__(self, name, rival, place, unconditional, binding=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rival', rival)\n    _setattr('place', place)\n    _setattr('unconditional', unconditional)\n    _setattr('binding', binding)": _m266,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rival={self.rival!r}, place={self.place!r}, unconditional={self.unconditional!r}, binding={self.binding!r})\'': _m267,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.remaining == other.remaining and self.max_available == other.max_available and self.clinched == other.clinched and self.contenders == other.contenders and self.leader_guarantee == other.leader_guarantee and self.rows == other.rows and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup': _m268,
    'def __hash__(self):\n    return hash((_class_hash, self.remaining, self.max_available, self.clinched, self.contenders, self.leader_guarantee, self.rows, self.entrant, self.season, self.cup))': _m269,
    "def __init__(self, remaining, max_available, clinched, contenders, leader_guarantee, rows=_fields[5].default, entrant=_fields[6].default, season=_fields[7].default, cup=_fields[8].default) -> None:\n    _setattr = _bind(self)\n    _setattr('remaining', remaining)\n    _setattr('max_available', max_available)\n    _setattr('clinched', clinched)\n    _setattr('contenders', contenders)\n    _setattr('leader_guarantee', leader_guarantee)\n    _setattr('rows', rows)\n    _setattr('entrant', entrant)\n    _setattr('season', season)\n    _setattr('cup', cup)": _m270,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.can_still_win == other.can_still_win': _m271,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.can_still_win))': _m272,
    "def __init__(self, rank, name, points, wins, can_still_win) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('can_still_win', can_still_win)": _m273,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, can_still_win={self.can_still_win!r})\'': _m274,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.sprint_points == other.sprint_points and self.finish == other.finish and self.status == other.status': _m275,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.sprint_points, self.finish, self.status))': _m276,
    "def __init__(self, rank, name, sprint_points, finish, status) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('sprint_points', sprint_points)\n    _setattr('finish', finish)\n    _setattr('status', status)": _m277,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, sprint_points={self.sprint_points!r}, finish={self.finish!r}, status={self.status!r})\'': _m278,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.entries == other.entries and self.rules == other.rules': _m279,
    'def __hash__(self):\n    return hash((_class_hash, self.entries, self.rules))': _m280,
    "def __init__(self, entries, rules) -> None:\n    _setattr = _bind(self)\n    _setattr('entries', entries)\n    _setattr('rules', rules)": _m281,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(entries={self.entries!r}, rules={self.rules!r})\'': _m282,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.race == other.race and self.names == other.names and self.scores == other.scores': _m283,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.race, self.names, self.scores))': _m284,
    "def __init__(self, name, race, names, scores) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('race', race)\n    _setattr('names', names)\n    _setattr('scores', scores)\n    self.__attrs_post_init__()": _m285,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, race={self.race!r}, names={self.names!r}, scores={self.scores!r})\'': _m286,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.final == other.final and self.division == other.division and self.distance == other.distance': _m287,
    'def __hash__(self):\n    return hash((_class_hash, self.final, self.division, self.distance))': _m288,
    "def __init__(self, final=_fields[0].default, division=_fields[1].default, distance=_fields[2].default) -> None:\n    _setattr = _bind(self)\n    _setattr('final', final)\n    _setattr('division', _convert_1(division))\n    _setattr('distance', distance)\n    _validate_0(self, _fields[0], self.final)": _m289,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(final={self.final!r}, division={self.division!r}, distance={self.distance!r})\'': _m290,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.season == other.season and self.division_a == other.division_a and self.division_b == other.division_b and self.final == other.final and self.mass_start == other.mass_start and self.distance_tables == other.distance_tables and self.team_status == other.team_status and self.team_source == other.team_source and self.mass_start_points_status == other.mass_start_points_status and self.final_field == other.final_field and self.tie_break == other.tie_break and self.source == other.source': _m291,
    'def __hash__(self):\n    return hash((_class_hash, self.season, self.division_a, self.division_b, self.final, self.mass_start, self.distance_tables, self.team_status, self.team_source, self.mass_start_points_status, self.final_field, self.tie_break, self.source))': _m292,
    "def __init__(self, season, division_a, division_b, final, mass_start=_fields[4].default, distance_tables=_fields[5].default, team_status=_fields[6].default, team_source=_fields[7].default, mass_start_points_status=_fields[8].default, final_field=_fields[9].default, tie_break=_fields[10].default, source=_fields[11].default) -> None:\n    _setattr = _bind(self)\n    _setattr('season', season)\n    _setattr('division_a', division_a)\n    _setattr('division_b', division_b)\n    _setattr('final', final)\n    _setattr('mass_start', mass_start)\n    _setattr('distance_tables', distance_tables)\n    _setattr('team_status', team_status)\n    _setattr('team_source', team_source)\n    _setattr('mass_start_points_status', mass_start_points_status)\n    _setattr('final_field', final_field)\n    _setattr('tie_break', tie_break)\n    _setattr('source', source)": _m293,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rank == other.rank and self.before == other.before and self.added == other.added': _m294,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.rank, self.before, self.added))': _m295,
    "def __init__(self, name, rank, before, added) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('rank', rank)\n    _setattr('before', before)\n    _setattr('added', added)": _m296,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rank={self.rank!r}, before={self.before!r}, added={self.added!r})\'': _m297,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.race == other.race and self.place == other.place and self.status == other.status and self.points == other.points': _m298,
    'def __hash__(self):\n    return hash((_class_hash, self.race, self.place, self.status, self.points))': _m299,
    "def __init__(self, race, place, status, points) -> None:\n    _setattr = _bind(self)\n    _setattr('race', race)\n    _setattr('place', place)\n    _setattr('status', status)\n    _setattr('points', points)": _m300,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(race={self.race!r}, place={self.place!r}, status={self.status!r}, points={self.points!r})\'': _m301,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results': _m302,
    'def __hash__(self):\n    return hash((_class_hash, self.rank, self.name, self.points, self.wins, self.results))': _m303,
    "def __init__(self, rank, name, points, wins, results) -> None:\n    _setattr = _bind(self)\n    _setattr('rank', rank)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('results', results)": _m304,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})\'': _m305,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.entries == other.entries and self.races == other.races and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup': _m306,
    'def __hash__(self):\n    return hash((_class_hash, self.entries, self.races, self.entrant, self.season, self.cup))': _m307,
    "def __init__(self, entries, races=_fields[1].default, entrant=_fields[2].default, season=_fields[3].default, cup=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('entries', entries)\n    _setattr('races', races)\n    _setattr('entrant', entrant)\n    _setattr('season', season)\n    _setattr('cup', cup)": _m308,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results': _m309,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.points, self.wins, self.results))': _m310,
    "def __init__(self, name, points, wins, results) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('points', points)\n    _setattr('wins', wins)\n    _setattr('results', _convert_3(results))": _m311,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})\'': _m312,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.kind == other.kind and self.status == other.status and self.source == other.source and self.table == other.table and self.factor == other.factor': _m313,
    'def __hash__(self):\n    return hash((_class_hash, self.kind, self.status, self.source, self.table, self.factor))': _m314,
    "def __init__(self, kind, status=_fields[1].default, source=_fields[2].default, table=_fields[3].default, factor=_fields[4].default) -> None:\n    _setattr = _bind(self)\n    _setattr('kind', kind)\n    _setattr('status', status)\n    _setattr('source', source)\n    _setattr('table', table)\n    _setattr('factor', factor)": _m315,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(kind={self.kind!r}, status={self.status!r}, source={self.source!r}, table={self.table!r}, factor={self.factor!r})\'': _m316,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.intermediate == other.intermediate and self.final_sprint == other.final_sprint and self.sprint_laps == other.sprint_laps and self.status == other.status and self.source == other.source and self.description == other.description': _m317,
    'def __hash__(self):\n    return hash((_class_hash, self.intermediate, self.final_sprint, self.sprint_laps, self.status, self.source, self.description))': _m318,
    "def __init__(self, intermediate, final_sprint, sprint_laps=_fields[2].default, status=_fields[3].default, source=_fields[4].default, description=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('intermediate', intermediate)\n    _setattr('final_sprint', final_sprint)\n    _setattr('sprint_laps', sprint_laps)\n    _setattr('status', status)\n    _setattr('source', source)\n    _setattr('description', description)": _m319,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(intermediate={self.intermediate!r}, final_sprint={self.final_sprint!r}, sprint_laps={self.sprint_laps!r}, status={self.status!r}, source={self.source!r}, description={self.description!r})\'': _m320,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.division_a == other.division_a and self.final == other.final and self.division_b == other.division_b': _m321,
    'def __hash__(self):\n    return hash((_class_hash, self.place, self.division_a, self.final, self.division_b))': _m322,
    "def __init__(self, place, division_a, final, division_b) -> None:\n    _setattr = _bind(self)\n    _setattr('place', place)\n    _setattr('division_a', division_a)\n    _setattr('final', final)\n    _setattr('division_b', division_b)": _m323,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, division_a={self.division_a!r}, final={self.final!r}, division_b={self.division_b!r})\'': _m324,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rules == other.rules and self.places == other.places': _m325,
    'def __hash__(self):\n    return hash((_class_hash, self.rules, self.places))': _m326,
    "def __init__(self, rules, places) -> None:\n    _setattr = _bind(self)\n    _setattr('rules', rules)\n    _setattr('places', places)": _m327,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.values == other.values and self.length == other.length and self.note == other.note and self.source == other.source and self.supply == other.supply': _m328,
    'def __hash__(self):\n    return hash((_class_hash, self.name, self.values, self.length, self.note, self.source, self.supply))': _m329,
    "def __init__(self, name, values, length, note=_fields[3].default, source=_fields[4].default, supply=_fields[5].default) -> None:\n    _setattr = _bind(self)\n    _setattr('name', name)\n    _setattr('values', values)\n    _setattr('length', length)\n    _setattr('note', note)\n    _setattr('source', source)\n    _setattr('supply', supply)\n    self.__attrs_post_init__()": _m330,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, length={self.length!r}, note={self.note!r}, source={self.source!r}, supply={self.supply!r})\'': _m331,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.points == other.points and self.status == other.status and self.source == other.source': _m332,
    'def __hash__(self):\n    return hash((_class_hash, self.points, self.status, self.source))': _m333,
    "def __init__(self, points, status, source) -> None:\n    _setattr = _bind(self)\n    _setattr('points', points)\n    _setattr('status', status)\n    _setattr('source', source)\n    self.__attrs_post_init__()": _m334,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(points={self.points!r}, status={self.status!r}, source={self.source!r})\'': _m335,
}
