"""The ``__repr__`` methods ``skatecalc._record`` generates for the package's record
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


def _m0():  # skatecalc.championship.combinations.Combination.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, distances={self.distances!r}, title={self.title!r}, final={self.final!r}, source={self.source!r}, status={self.status!r}, aliases={self.aliases!r}, cuts={self.cuts!r})'
    return __repr__


def _m1():  # skatecalc.championship.qualification.Cut.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(after={self.after!r}, size={self.size!r}, source={self.source!r}, status={self.status!r})'
    return __repr__


def _m2():  # skatecalc.championship.qualification.FinalQualification.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, long_index={self.long_index!r}, fill={self.fill!r}, source={self.source!r}, status={self.status!r})'
    return __repr__


def _m3():  # skatecalc.championship.qualification.SprintCut.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, source={self.source!r}, status={self.status!r}, after={self.after!r})'
    return __repr__


def _m4():  # skatecalc.championship.standings.Standing.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, results={self.results!r}, distance_thousandths={self.distance_thousandths!r}, distance_ranks={self.distance_ranks!r}, total_thousandths={self.total_thousandths!r}, status={self.status!r}, finalist={self.finalist!r})'
    return __repr__


def _m5():  # skatecalc.championship.targets.goals.BoardLine.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, total={self.total!r}, lead={self.lead!r}, podium={self.podium!r})'
    return __repr__


def _m6():  # skatecalc.championship.targets.live.ProvisionalLine.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, state={self.state!r}, results={self.results!r}, total={self.total!r}, before_rank={self.before_rank!r}, before={self.before!r}, distance_rank={self.distance_rank!r}, lead={self.lead!r}, podium={self.podium!r}, completed={self.completed!r})'
    return __repr__


def _m7():  # skatecalc.championship.targets.requirement.Target.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, time={self.time!r}, to_pass={self.to_pass!r}, certain={self.certain!r})'
    return __repr__


def _m8():  # skatecalc.cli.common.Source.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, name={self.name!r}, suffix={self.suffix!r}, example={self.example!r})'
    return __repr__


def _m9():  # skatecalc.cli.common.Table.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, text={self.text!r}, title={self.title!r}, key={self.key!r}, local_rows={self.local_rows!r}, after={self.after!r})'
    return __repr__


def _m10():  # skatecalc.columns.Column.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, types={self.types!r}, meaning={self.meaning!r})'
    return __repr__


def _m11():  # skatecalc.errors.Advice.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(python={self.python!r}, cli={self.cli!r})'
    return __repr__


def _m12():  # skatecalc.examples.Example.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, kind={self.kind!r}, path={self.path!r}, what={self.what!r}, source={self.source!r}, season={self.season!r})'
    return __repr__


def _m13():  # skatecalc.io.csvfile.CsvRecords.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, records={self.records!r}, source={self.source!r}, header_line={self.header_line!r})'
    return __repr__


def _m14():  # skatecalc.io.csvfile.CsvRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(line={self.line!r}, cells={self.cells!r}, header={self.header!r}, source={self.source!r})'
    return __repr__


def _m15():  # skatecalc.io.csvfile.CsvTable.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, rows={self.rows!r}, source={self.source!r}, header_line={self.header_line!r})'
    return __repr__


def _m16():  # skatecalc.io.feed.model.Competition.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, title={self.title!r}, kind={self.kind!r}, distance={self.distance!r}, category={self.category!r}, start={self.start!r}, laps={self.laps!r}, round={self.round!r}, is_live={self.is_live!r}, is_official={self.is_official!r}, division={self.division!r})'
    return __repr__


def _m17():  # skatecalc.io.feed.model.Lap.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, time={self.time!r}, passage={self.passage!r}, rank={self.rank!r})'
    return __repr__


def _m18():  # skatecalc.io.feed.model.Line.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, pair={self.pair!r}, lane={self.lane!r}, rank={self.rank!r}, status={self.status!r}, time={self.time!r}, behind={self.behind!r}, laps={self.laps!r}, gender={self.gender!r})'
    return __repr__


def _m19():  # skatecalc.io.feed.model.ScheduleItem.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(id={self.id!r}, start={self.start!r}, title={self.title!r}, day={self.day!r}, competition={self.competition!r}, published={self.published!r}, live={self.live!r})'
    return __repr__


def _m20():  # skatecalc.io.feed.model.ServiceResults.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(lines={self.lines!r}, source={self.source!r})'
    return __repr__


def _m21():  # skatecalc.io.listing.checks.Plan.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(bounds={self.bounds!r}, time_start={self.time_start!r}, cells={self.cells!r})'
    return __repr__


def _m22():  # skatecalc.io.listing.model.Entry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, age_group={self.age_group!r}, records={self.records!r}, diff={self.diff!r})'
    return __repr__


def _m23():  # skatecalc.io.listing.model.Team.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, members={self.members!r})'
    return __repr__


def _m24():  # skatecalc.io.olympic.TrialResults.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(results={self.results!r}, mass_start={self.mass_start!r}, source={self.source!r})'
    return __repr__


def _m25():  # skatecalc.io.pdf.reader._Doc.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, venue={self.venue!r}, first={self.first!r}, last={self.last!r}, race={self.race!r})'
    return __repr__


def _m26():  # skatecalc.io.results.ResultsFile.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(combination={self.combination!r}, results={self.results!r}, nations={self.nations!r}, source={self.source!r}, warnings={self.warnings!r}, distance_places={self.distance_places!r})'
    return __repr__


def _m27():  # skatecalc.io.source.Input.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, format={self.format!r}, event={self.event!r}, text={self.text!r}, suffix={self.suffix!r}, holds={self.holds!r})'
    return __repr__


def _m28():  # skatecalc.io.spellings.Alias.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, same_as={self.same_as!r}, line={self.line!r})'
    return __repr__


def _m29():  # skatecalc.io.spellings.Aliases.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(aliases={self.aliases!r}, source={self.source!r})'
    return __repr__


def _m30():  # skatecalc.io.worldcup.Season.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rules={self.rules!r}, cups={self.cups!r}, source={self.source!r})'
    return __repr__


def _m31():  # skatecalc.messages.DistanceName.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(metres={self.metres!r}, nth={self.nth!r}, last={self.last!r})'
    return __repr__


def _m32():  # skatecalc.messages.Enumeration.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(items={self.items!r})'
    return __repr__


def _m33():  # skatecalc.messages.Ordinal.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(n={self.n!r})'
    return __repr__


def _m34():  # skatecalc.olympic.okt.OktEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, result={self.result!r})'
    return __repr__


def _m35():  # skatecalc.olympic.okt.OktRanking.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(distance={self.distance!r}, entries={self.entries!r})'
    return __repr__


def _m36():  # skatecalc.olympic.orders.OrderKey.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r})'
    return __repr__


def _m37():  # skatecalc.olympic.outlook.SkaterOutlook.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, status={self.status!r}, first_row={self.first_row!r}, best={self.best!r}, worst={self.worst!r}, needs={self.needs!r})'
    return __repr__


def _m38():  # skatecalc.olympic.quota.allocation.QualifierResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, noc={self.noc!r}, points={self.points!r}, best={self.best!r})'
    return __repr__


def _m39():  # skatecalc.olympic.quota.allocation.QuotaEvent.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, size={self.size!r}, points_places={self.points_places!r}, times_places={self.times_places!r}, max_per_noc={self.max_per_noc!r}, split_status={self.split_status!r}, year={self.year!r})'
    return __repr__


def _m40():  # skatecalc.olympic.quota.allocation.QuotaPlace.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(noc={self.noc!r}, name={self.name!r}, via={self.via!r})'
    return __repr__


def _m41():  # skatecalc.olympic.quota.games.GamesAllocation.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(events={self.events!r}, removed={self.removed!r}, before={self.before!r}, after={self.after!r}, reduction={self.reduction!r})'
    return __repr__


def _m42():  # skatecalc.olympic.quota.games.Reduction.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(caps={self.caps!r}, order={self.order!r}, source={self.source!r}, status={self.status!r}, method_status={self.method_status!r}, provisional={self.provisional!r})'
    return __repr__


def _m43():  # skatecalc.olympic.refill.Refill.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, reason={self.reason!r})'
    return __repr__


def _m44():  # skatecalc.olympic.refill.Vacancy.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, freed_by={self.freed_by!r}, finishing={self.finishing!r}, team={self.team!r}, holding={self.holding!r}, starting={self.starting!r})'
    return __repr__


def _m45():  # skatecalc.olympic.rows.Row.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, kind={self.kind!r}, distance={self.distance!r}, place={self.place!r}, status={self.status!r})'
    return __repr__


def _m46():  # skatecalc.olympic.rows.UnknownGroup.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, holds={self.holds!r})'
    return __repr__


def _m47():  # skatecalc.olympic.selection.RowOutcome.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, earned={self.earned!r}, holder={self.holder!r}, reason={self.reason!r})'
    return __repr__


def _m48():  # skatecalc.olympic.selection.SelectionEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, number={self.number!r}, first_row={self.first_row!r}, status={self.status!r}, team={self.team!r}, designation={self.designation!r}, distances={self.distances!r}, mass_start={self.mass_start!r})'
    return __repr__


def _m49():  # skatecalc.olympic.soqc.SoqcResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, distance={self.distance!r}, name={self.name!r}, nation={self.nation!r}, points={self.points!r}, place={self.place!r}, division={self.division!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})'
    return __repr__


def _m50():  # skatecalc.olympic.soqc.SoqcRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, block={self.block!r}, quota_rank={self.quota_rank!r}, nation={self.nation!r}, no={self.no!r}, name={self.name!r}, points={self.points!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})'
    return __repr__


def _m51():  # skatecalc.olympic.soqc._Entrant.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, points={self.points!r}, places={self.places!r}, best={self.best!r})'
    return __repr__


def _m52():  # skatecalc.olympic.walk.Designations.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(mass_start={self.mass_start!r}, added={self.added!r}, assigned={self.assigned!r}, designees={self.designees!r})'
    return __repr__


def _m53():  # skatecalc.olympic.walk.UniqueName.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, name={self.name!r}, row={self.row!r})'
    return __repr__


def _m54():  # skatecalc.rules.Source.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, url={self.url!r}, date={self.date!r})'
    return __repr__


def _m55():  # skatecalc.text.layout.Layout.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(headers={self.headers!r}, rows={self.rows!r}, align={self.align!r}, before={self.before!r}, after={self.after!r})'
    return __repr__


def _m56():  # skatecalc.worldcup.outlook.Guarantee.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rival={self.rival!r}, place={self.place!r}, unconditional={self.unconditional!r}, binding={self.binding!r})'
    return __repr__


def _m57():  # skatecalc.worldcup.outlook.OutlookRow.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, can_still_win={self.can_still_win!r})'
    return __repr__


def _m58():  # skatecalc.worldcup.races.MassStartEntry.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, sprint_points={self.sprint_points!r}, finish={self.finish!r}, status={self.status!r})'
    return __repr__


def _m59():  # skatecalc.worldcup.races.MassStartRanking.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(entries={self.entries!r}, rules={self.rules!r})'
    return __repr__


def _m60():  # skatecalc.worldcup.races.RaceResult.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, race={self.race!r}, names={self.names!r}, scores={self.scores!r})'
    return __repr__


def _m61():  # skatecalc.worldcup.rules.Race.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(final={self.final!r}, division={self.division!r}, distance={self.distance!r})'
    return __repr__


def _m62():  # skatecalc.worldcup.standings.Change.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rank={self.rank!r}, before={self.before!r}, added={self.added!r})'
    return __repr__


def _m63():  # skatecalc.worldcup.standings.Score.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(race={self.race!r}, place={self.place!r}, status={self.status!r}, points={self.points!r})'
    return __repr__


def _m64():  # skatecalc.worldcup.standings.Standing.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})'
    return __repr__


def _m65():  # skatecalc.worldcup.standings.Tally.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})'
    return __repr__


def _m66():  # skatecalc.worldcup.tables.FinalRule.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(kind={self.kind!r}, status={self.status!r}, source={self.source!r}, table={self.table!r}, factor={self.factor!r})'
    return __repr__


def _m67():  # skatecalc.worldcup.tables.MassStartRules.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(intermediate={self.intermediate!r}, final_sprint={self.final_sprint!r}, sprint_laps={self.sprint_laps!r}, status={self.status!r}, source={self.source!r}, description={self.description!r})'
    return __repr__


def _m68():  # skatecalc.worldcup.tables.PlacePoints.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, division_a={self.division_a!r}, final={self.final!r}, division_b={self.division_b!r})'
    return __repr__


def _m69():  # skatecalc.worldcup.tables.Table.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, length={self.length!r}, note={self.note!r}, source={self.source!r}, supply={self.supply!r})'
    return __repr__


def _m70():  # skatecalc.worldcup.tables.Value.__repr__
    def __repr__(self):
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(points={self.points!r}, status={self.status!r}, source={self.source!r})'
    return __repr__


METHODS = {
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, distances={self.distances!r}, title={self.title!r}, final={self.final!r}, source={self.source!r}, status={self.status!r}, aliases={self.aliases!r}, cuts={self.cuts!r})\'': _m0,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(after={self.after!r}, size={self.size!r}, source={self.source!r}, status={self.status!r})\'': _m1,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, long_index={self.long_index!r}, fill={self.fill!r}, source={self.source!r}, status={self.status!r})\'': _m2,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(size={self.size!r}, source={self.source!r}, status={self.status!r}, after={self.after!r})\'': _m3,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, results={self.results!r}, distance_thousandths={self.distance_thousandths!r}, distance_ranks={self.distance_ranks!r}, total_thousandths={self.total_thousandths!r}, status={self.status!r}, finalist={self.finalist!r})\'': _m4,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, total={self.total!r}, lead={self.lead!r}, podium={self.podium!r})\'': _m5,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, rank={self.rank!r}, state={self.state!r}, results={self.results!r}, total={self.total!r}, before_rank={self.before_rank!r}, before={self.before!r}, distance_rank={self.distance_rank!r}, lead={self.lead!r}, podium={self.podium!r}, completed={self.completed!r})\'': _m6,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, time={self.time!r}, to_pass={self.to_pass!r}, certain={self.certain!r})\'': _m7,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, name={self.name!r}, suffix={self.suffix!r}, example={self.example!r})\'': _m8,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, text={self.text!r}, title={self.title!r}, key={self.key!r}, local_rows={self.local_rows!r}, after={self.after!r})\'': _m9,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, types={self.types!r}, meaning={self.meaning!r})\'': _m10,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(python={self.python!r}, cli={self.cli!r})\'': _m11,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, kind={self.kind!r}, path={self.path!r}, what={self.what!r}, source={self.source!r}, season={self.season!r})\'': _m12,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, records={self.records!r}, source={self.source!r}, header_line={self.header_line!r})\'': _m13,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(line={self.line!r}, cells={self.cells!r}, header={self.header!r}, source={self.source!r})\'': _m14,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(header={self.header!r}, rows={self.rows!r}, source={self.source!r}, header_line={self.header_line!r})\'': _m15,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, title={self.title!r}, kind={self.kind!r}, distance={self.distance!r}, category={self.category!r}, start={self.start!r}, laps={self.laps!r}, round={self.round!r}, is_live={self.is_live!r}, is_official={self.is_official!r}, division={self.division!r})\'': _m16,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, time={self.time!r}, passage={self.passage!r}, rank={self.rank!r})\'': _m17,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, pair={self.pair!r}, lane={self.lane!r}, rank={self.rank!r}, status={self.status!r}, time={self.time!r}, behind={self.behind!r}, laps={self.laps!r}, gender={self.gender!r})\'': _m18,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(id={self.id!r}, start={self.start!r}, title={self.title!r}, day={self.day!r}, competition={self.competition!r}, published={self.published!r}, live={self.live!r})\'': _m19,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(lines={self.lines!r}, source={self.source!r})\'': _m20,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(bounds={self.bounds!r}, time_start={self.time_start!r}, cells={self.cells!r})\'': _m21,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, age_group={self.age_group!r}, records={self.records!r}, diff={self.diff!r})\'': _m22,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, nation={self.nation!r}, time={self.time!r}, status={self.status!r}, members={self.members!r})\'': _m23,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(results={self.results!r}, mass_start={self.mass_start!r}, source={self.source!r})\'': _m24,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, venue={self.venue!r}, first={self.first!r}, last={self.last!r}, race={self.race!r})\'': _m25,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(combination={self.combination!r}, results={self.results!r}, nations={self.nations!r}, source={self.source!r}, warnings={self.warnings!r}, distance_places={self.distance_places!r})\'': _m26,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, format={self.format!r}, event={self.event!r}, text={self.text!r}, suffix={self.suffix!r}, holds={self.holds!r})\'': _m27,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, same_as={self.same_as!r}, line={self.line!r})\'': _m28,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(aliases={self.aliases!r}, source={self.source!r})\'': _m29,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rules={self.rules!r}, cups={self.cups!r}, source={self.source!r})\'': _m30,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(metres={self.metres!r}, nth={self.nth!r}, last={self.last!r})\'': _m31,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(items={self.items!r})\'': _m32,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(n={self.n!r})\'': _m33,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, name={self.name!r}, result={self.result!r})\'': _m34,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(distance={self.distance!r}, entries={self.entries!r})\'': _m35,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r})\'': _m36,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, status={self.status!r}, first_row={self.first_row!r}, best={self.best!r}, worst={self.worst!r}, needs={self.needs!r})\'': _m37,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, noc={self.noc!r}, points={self.points!r}, best={self.best!r})\'': _m38,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, size={self.size!r}, points_places={self.points_places!r}, times_places={self.times_places!r}, max_per_noc={self.max_per_noc!r}, split_status={self.split_status!r}, year={self.year!r})\'': _m39,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(noc={self.noc!r}, name={self.name!r}, via={self.via!r})\'': _m40,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(events={self.events!r}, removed={self.removed!r}, before={self.before!r}, after={self.after!r}, reduction={self.reduction!r})\'': _m41,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(caps={self.caps!r}, order={self.order!r}, source={self.source!r}, status={self.status!r}, method_status={self.method_status!r}, provisional={self.provisional!r})\'': _m42,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, reason={self.reason!r})\'': _m43,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, freed_by={self.freed_by!r}, finishing={self.finishing!r}, team={self.team!r}, holding={self.holding!r}, starting={self.starting!r})\'': _m44,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, kind={self.kind!r}, distance={self.distance!r}, place={self.place!r}, status={self.status!r})\'': _m45,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rows={self.rows!r}, holds={self.holds!r})\'': _m46,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(row={self.row!r}, earned={self.earned!r}, holder={self.holder!r}, reason={self.reason!r})\'': _m47,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, number={self.number!r}, first_row={self.first_row!r}, status={self.status!r}, team={self.team!r}, designation={self.designation!r}, distances={self.distances!r}, mass_start={self.mass_start!r})\'': _m48,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, distance={self.distance!r}, name={self.name!r}, nation={self.nation!r}, points={self.points!r}, place={self.place!r}, division={self.division!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})\'': _m49,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(gender={self.gender!r}, event={self.event!r}, block={self.block!r}, quota_rank={self.quota_rank!r}, nation={self.nation!r}, no={self.no!r}, name={self.name!r}, points={self.points!r}, time={self.time!r}, venue={self.venue!r}, date={self.date!r}, competition={self.competition!r})\'': _m50,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, nation={self.nation!r}, points={self.points!r}, places={self.places!r}, best={self.best!r})\'': _m51,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(mass_start={self.mass_start!r}, added={self.added!r}, assigned={self.assigned!r}, designees={self.designees!r})\'': _m52,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, name={self.name!r}, row={self.row!r})\'': _m53,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, url={self.url!r}, date={self.date!r})\'': _m54,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(headers={self.headers!r}, rows={self.rows!r}, align={self.align!r}, before={self.before!r}, after={self.after!r})\'': _m55,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rival={self.rival!r}, place={self.place!r}, unconditional={self.unconditional!r}, binding={self.binding!r})\'': _m56,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, can_still_win={self.can_still_win!r})\'': _m57,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, sprint_points={self.sprint_points!r}, finish={self.finish!r}, status={self.status!r})\'': _m58,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(entries={self.entries!r}, rules={self.rules!r})\'': _m59,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, race={self.race!r}, names={self.names!r}, scores={self.scores!r})\'': _m60,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(final={self.final!r}, division={self.division!r}, distance={self.distance!r})\'': _m61,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, rank={self.rank!r}, before={self.before!r}, added={self.added!r})\'': _m62,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(race={self.race!r}, place={self.place!r}, status={self.status!r}, points={self.points!r})\'': _m63,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(rank={self.rank!r}, name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})\'': _m64,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, points={self.points!r}, wins={self.wins!r}, results={self.results!r})\'': _m65,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(kind={self.kind!r}, status={self.status!r}, source={self.source!r}, table={self.table!r}, factor={self.factor!r})\'': _m66,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(intermediate={self.intermediate!r}, final_sprint={self.final_sprint!r}, sprint_laps={self.sprint_laps!r}, status={self.status!r}, source={self.source!r}, description={self.description!r})\'': _m67,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(place={self.place!r}, division_a={self.division_a!r}, final={self.final!r}, division_b={self.division_b!r})\'': _m68,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, length={self.length!r}, note={self.note!r}, source={self.source!r}, supply={self.supply!r})\'': _m69,
    'def __repr__(self):\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(points={self.points!r}, status={self.status!r}, source={self.source!r})\'': _m70,
}
