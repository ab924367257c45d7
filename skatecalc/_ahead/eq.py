"""The ``__eq__`` methods ``skatecalc._record`` generates for the package's record
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


def _m0():  # skatecalc.championship.combinations.Combination.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.distances == other.distances and self.title == other.title and self.final == other.final and self.source == other.source and self.status == other.status and self.aliases == other.aliases and self.cuts == other.cuts
    return __eq__


def _m1():  # skatecalc.championship.qualification.Cut.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.after == other.after and self.size == other.size and self.source == other.source and self.status == other.status
    return __eq__


def _m2():  # skatecalc.championship.qualification.FinalQualification.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.size == other.size and self.long_index == other.long_index and self.fill == other.fill and self.source == other.source and self.status == other.status
    return __eq__


def _m3():  # skatecalc.championship.qualification.SprintCut.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.size == other.size and self.source == other.source and self.status == other.status and self.after == other.after
    return __eq__


def _m4():  # skatecalc.championship.standings.Standing.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.results == other.results and self.distance_thousandths == other.distance_thousandths and self.distance_ranks == other.distance_ranks and self.total_thousandths == other.total_thousandths and self.status == other.status and self.finalist == other.finalist
    return __eq__


def _m5():  # skatecalc.championship.targets.goals.Board.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.distance == other.distance and self.index == other.index and self.n_distances == other.n_distances and self.finished == other.finished and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes and self.field_size == other.field_size
    return __eq__


def _m6():  # skatecalc.championship.targets.goals.BoardLine.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.total == other.total and self.lead == other.lead and self.podium == other.podium
    return __eq__


def _m7():  # skatecalc.championship.targets.live.Provisional.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.index == other.index and self.distance == other.distance and self.finished == other.finished and self.field_size == other.field_size and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes
    return __eq__


def _m8():  # skatecalc.championship.targets.live.ProvisionalLine.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.state == other.state and self.results == other.results and self.total == other.total and self.before_rank == other.before_rank and self.before == other.before and self.distance_rank == other.distance_rank and self.lead == other.lead and self.podium == other.podium and self.completed == other.completed
    return __eq__


def _m9():  # skatecalc.championship.targets.requirement.Requirement.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.skater == other.skater and self.distance == other.distance and self.index == other.index and self.total == other.total and self.beat == other.beat and self.rank == other.rank and self.tie == other.tie and self.opponent == other.opponent and self.opponent_total == other.opponent_total and self.opponent_time == other.opponent_time and self.target == other.target and self.time == other.time and self.reference == other.reference and self.finished == other.finished and self._contenders == other._contenders and self.rounding == other.rounding and self.notes == other.notes
    return __eq__


def _m10():  # skatecalc.championship.targets.requirement.Target.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.time == other.time and self.to_pass == other.to_pass and self.certain == other.certain
    return __eq__


def _m11():  # skatecalc.cli.common.Source.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.text == other.text and self.name == other.name and self.suffix == other.suffix and self.example == other.example
    return __eq__


def _m12():  # skatecalc.cli.common.Table.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.text == other.text and self.title == other.title and self.key == other.key and self.local_rows == other.local_rows and self.after == other.after
    return __eq__


def _m13():  # skatecalc.columns.Column.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.types == other.types and self.meaning == other.meaning
    return __eq__


def _m14():  # skatecalc.errors.Advice.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.python == other.python and self.cli == other.cli
    return __eq__


def _m15():  # skatecalc.examples.Example.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.kind == other.kind and self.path == other.path and self.what == other.what and self.source == other.source and self.season == other.season
    return __eq__


def _m16():  # skatecalc.examples.ExampleList.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.examples == other.examples
    return __eq__


def _m17():  # skatecalc.io.csvfile.CsvRecords.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.header == other.header and self.records == other.records and self.source == other.source and self.header_line == other.header_line
    return __eq__


def _m18():  # skatecalc.io.csvfile.CsvRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.line == other.line and self.cells == other.cells and self.header == other.header and self.source == other.source
    return __eq__


def _m19():  # skatecalc.io.csvfile.CsvTable.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.header == other.header and self.rows == other.rows and self.source == other.source and self.header_line == other.header_line
    return __eq__


def _m20():  # skatecalc.io.feed.model.Competition.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.title == other.title and self.kind == other.kind and self.distance == other.distance and self.category == other.category and self.start == other.start and self.laps == other.laps and self.round == other.round and self.is_live == other.is_live and self.is_official == other.is_official and self.division == other.division
    return __eq__


def _m21():  # skatecalc.io.feed.model.Lap.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.time == other.time and self.passage == other.passage and self.rank == other.rank
    return __eq__


def _m22():  # skatecalc.io.feed.model.Line.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.pair == other.pair and self.lane == other.lane and self.rank == other.rank and self.status == other.status and self.time == other.time and self.behind == other.behind and self.laps == other.laps and self.gender == other.gender
    return __eq__


def _m23():  # skatecalc.io.feed.model.ScheduleItem.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.id == other.id and self.start == other.start and self.title == other.title and self.day == other.day and self.competition == other.competition and self.published == other.published and self.live == other.live
    return __eq__


def _m24():  # skatecalc.io.feed.model.ServiceResults.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.lines == other.lines
    return __eq__


def _m25():  # skatecalc.io.listing.checks.Plan.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.bounds == other.bounds and self.time_start == other.time_start and self.cells == other.cells
    return __eq__


def _m26():  # skatecalc.io.listing.model.Entry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.name == other.name and self.nation == other.nation and self.time == other.time and self.status == other.status and self.age_group == other.age_group and self.records == other.records and self.diff == other.diff
    return __eq__


def _m27():  # skatecalc.io.listing.model.Event.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.first_day == other.first_day and self.last_day == other.last_day and self.venue == other.venue and self.races == other.races
    return __eq__


def _m28():  # skatecalc.io.listing.model.Race.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.distance == other.distance and self.gender == other.gender and self.date == other.date and self.entries == other.entries and self.division == other.division
    return __eq__


def _m29():  # skatecalc.io.listing.model.Team.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.nation == other.nation and self.time == other.time and self.status == other.status and self.members == other.members
    return __eq__


def _m30():  # skatecalc.io.olympic.TrialResults.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.results == other.results and self.mass_start == other.mass_start and self.source == other.source
    return __eq__


def _m31():  # skatecalc.io.pdf.reader._Doc.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.venue == other.venue and self.first == other.first and self.last == other.last and self.race == other.race
    return __eq__


def _m32():  # skatecalc.io.results.ResultsFile.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.combination == other.combination and self.results == other.results and self.nations == other.nations and self.source == other.source and self.warnings == other.warnings and self.distance_places == other.distance_places
    return __eq__


def _m33():  # skatecalc.io.source.Input.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.format == other.format and self.event == other.event and self.text == other.text and self.suffix == other.suffix and self.holds == other.holds
    return __eq__


def _m34():  # skatecalc.io.spellings.Alias.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.same_as == other.same_as and self.line == other.line
    return __eq__


def _m35():  # skatecalc.io.spellings.Aliases.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.aliases == other.aliases and self.source == other.source
    return __eq__


def _m36():  # skatecalc.io.worldcup.Season.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rules == other.rules and self.cups == other.cups and self.source == other.source
    return __eq__


def _m37():  # skatecalc.messages.DistanceName.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.metres == other.metres and self.nth == other.nth and self.last == other.last
    return __eq__


def _m38():  # skatecalc.messages.Enumeration.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.items == other.items
    return __eq__


def _m39():  # skatecalc.messages.Ordinal.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.n == other.n
    return __eq__


def _m40():  # skatecalc.olympic.okt.OktEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.name == other.name and self.result == other.result
    return __eq__


def _m41():  # skatecalc.olympic.okt.OktRanking.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.distance == other.distance and self.entries == other.entries
    return __eq__


def _m42():  # skatecalc.olympic.orders.OrderKey.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name
    return __eq__


def _m43():  # skatecalc.olympic.orders.OrderList.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.keys == other.keys
    return __eq__


def _m44():  # skatecalc.olympic.orders.SelectionOrder.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rows == other.rows and self.tickets == other.tickets and self.discretionary == other.discretionary and self.source == other.source and self.status == other.status and self.games == other.games and self.groups == other.groups
    return __eq__


def _m45():  # skatecalc.olympic.outlook.OutlookTable.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.order == other.order and self.tickets == other.tickets and self.discretionary == other.discretionary and self.remaining == other.remaining and self.skaters == other.skaters
    return __eq__


def _m46():  # skatecalc.olympic.outlook.SkaterOutlook.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.status == other.status and self.first_row == other.first_row and self.best == other.best and self.worst == other.worst and self.needs == other.needs and self.routes == other.routes
    return __eq__


def _m47():  # skatecalc.olympic.quota.allocation.Allocation.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.event == other.event and self.places == other.places and self.reserve == other.reserve and self.cut == other.cut
    return __eq__


def _m48():  # skatecalc.olympic.quota.allocation.QualifierResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.noc == other.noc and self.points == other.points and self.best == other.best
    return __eq__


def _m49():  # skatecalc.olympic.quota.allocation.QuotaEvent.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.event == other.event and self.size == other.size and self.points_places == other.points_places and self.times_places == other.times_places and self.max_per_noc == other.max_per_noc and self.split_status == other.split_status and self.year == other.year
    return __eq__


def _m50():  # skatecalc.olympic.quota.allocation.QuotaPlace.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.noc == other.noc and self.name == other.name and self.via == other.via
    return __eq__


def _m51():  # skatecalc.olympic.quota.games.GamesAllocation.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.events == other.events and self.removed == other.removed and self.before == other.before and self.after == other.after and self.reduction == other.reduction
    return __eq__


def _m52():  # skatecalc.olympic.quota.games.QuotaRules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.year == other.year and self.games == other.games and self.athletes == other.athletes and self.per_gender == other.per_gender and self.events == other.events and self.max_per_noc_gender == other.max_per_noc_gender and self.reserve == other.reserve and self.source == other.source and self.status == other.status and self.split_source == other.split_source and self.max_per_noc_source == other.max_per_noc_source and self.max_per_noc_status == other.max_per_noc_status and self.reduction == other.reduction
    return __eq__


def _m53():  # skatecalc.olympic.quota.games.Reduction.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.caps == other.caps and self.order == other.order and self.source == other.source and self.status == other.status and self.method_status == other.method_status and self.provisional == other.provisional
    return __eq__


def _m54():  # skatecalc.olympic.refill.Refill.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.reason == other.reason
    return __eq__


def _m55():  # skatecalc.olympic.refill.Vacancy.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.row == other.row and self.freed_by == other.freed_by and self.finishing == other.finishing and self.team == other.team and self.holding == other.holding and self.starting == other.starting
    return __eq__


def _m56():  # skatecalc.olympic.rows.Row.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.kind == other.kind and self.distance == other.distance and self.place == other.place and self.status == other.status
    return __eq__


def _m57():  # skatecalc.olympic.rows.UnknownGroup.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.holds == other.holds
    return __eq__


def _m58():  # skatecalc.olympic.selection.RowOutcome.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.row == other.row and self.earned == other.earned and self.holder == other.holder and self.reason == other.reason
    return __eq__


def _m59():  # skatecalc.olympic.selection.Selection.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.order == other.order and self.tickets == other.tickets and self.names == other.names and self.team == other.team and self.added == other.added and self.assigned == other.assigned and self.dropped == other.dropped and self.rows == other.rows and self.results == other.results and self.mass_start == other.mass_start
    return __eq__


def _m60():  # skatecalc.olympic.selection.SelectionEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.number == other.number and self.first_row == other.first_row and self.status == other.status and self.team == other.team and self.designation == other.designation and self.distances == other.distances and self.mass_start == other.mass_start
    return __eq__


def _m61():  # skatecalc.olympic.soqc.Soqc.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rows == other.rows and self.events == other.events and self.ties_rule == other.ties_rule and self.ties == other.ties
    return __eq__


def _m62():  # skatecalc.olympic.soqc.SoqcResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.distance == other.distance and self.name == other.name and self.nation == other.nation and self.points == other.points and self.place == other.place and self.division == other.division and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition
    return __eq__


def _m63():  # skatecalc.olympic.soqc.SoqcRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.gender == other.gender and self.event == other.event and self.block == other.block and self.quota_rank == other.quota_rank and self.nation == other.nation and self.no == other.no and self.name == other.name and self.points == other.points and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition
    return __eq__


def _m64():  # skatecalc.olympic.soqc._Entrant.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.nation == other.nation and self.points == other.points and self.places == other.places and self.best == other.best
    return __eq__


def _m65():  # skatecalc.olympic.walk.Designations.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.mass_start == other.mass_start and self.added == other.added and self.assigned == other.assigned and self.designees == other.designees
    return __eq__


def _m66():  # skatecalc.olympic.walk.UniqueName.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.number == other.number and self.name == other.name and self.row == other.row
    return __eq__


def _m67():  # skatecalc.rules.Source.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.text == other.text and self.url == other.url and self.date == other.date
    return __eq__


def _m68():  # skatecalc.text.layout.Layout.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.headers == other.headers and self.rows == other.rows and self.align == other.align and self.before == other.before and self.after == other.after
    return __eq__


def _m69():  # skatecalc.worldcup.outlook.Guarantee.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rival == other.rival and self.place == other.place and self.unconditional == other.unconditional and self.binding == other.binding
    return __eq__


def _m70():  # skatecalc.worldcup.outlook.Outlook.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.remaining == other.remaining and self.max_available == other.max_available and self.clinched == other.clinched and self.contenders == other.contenders and self.leader_guarantee == other.leader_guarantee and self.rows == other.rows and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup
    return __eq__


def _m71():  # skatecalc.worldcup.outlook.OutlookRow.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.can_still_win == other.can_still_win
    return __eq__


def _m72():  # skatecalc.worldcup.races.MassStartEntry.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.sprint_points == other.sprint_points and self.finish == other.finish and self.status == other.status
    return __eq__


def _m73():  # skatecalc.worldcup.races.MassStartRanking.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.entries == other.entries and self.rules == other.rules
    return __eq__


def _m74():  # skatecalc.worldcup.races.RaceResult.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.race == other.race and self.names == other.names and self.scores == other.scores
    return __eq__


def _m75():  # skatecalc.worldcup.rules.Race.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.final == other.final and self.division == other.division and self.distance == other.distance
    return __eq__


def _m76():  # skatecalc.worldcup.rules.Rules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.season == other.season and self.division_a == other.division_a and self.division_b == other.division_b and self.final == other.final and self.mass_start == other.mass_start and self.distance_tables == other.distance_tables and self.team_status == other.team_status and self.team_source == other.team_source and self.mass_start_points_status == other.mass_start_points_status and self.final_field == other.final_field and self.tie_break == other.tie_break and self.source == other.source
    return __eq__


def _m77():  # skatecalc.worldcup.standings.Change.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.rank == other.rank and self.before == other.before and self.added == other.added
    return __eq__


def _m78():  # skatecalc.worldcup.standings.Score.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.race == other.race and self.place == other.place and self.status == other.status and self.points == other.points and self.division == other.division
    return __eq__


def _m79():  # skatecalc.worldcup.standings.Standing.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results
    return __eq__


def _m80():  # skatecalc.worldcup.standings.Standings.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.entries == other.entries and self.races == other.races and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup
    return __eq__


def _m81():  # skatecalc.worldcup.standings.Tally.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results
    return __eq__


def _m82():  # skatecalc.worldcup.tables.FinalRule.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.kind == other.kind and self.status == other.status and self.source == other.source and self.table == other.table and self.factor == other.factor
    return __eq__


def _m83():  # skatecalc.worldcup.tables.MassStartRules.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.intermediate == other.intermediate and self.final_sprint == other.final_sprint and self.sprint_laps == other.sprint_laps and self.status == other.status and self.source == other.source and self.description == other.description
    return __eq__


def _m84():  # skatecalc.worldcup.tables.PlacePoints.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.place == other.place and self.division_a == other.division_a and self.final == other.final and self.division_b == other.division_b
    return __eq__


def _m85():  # skatecalc.worldcup.tables.PointsTables.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.rules == other.rules and self.places == other.places
    return __eq__


def _m86():  # skatecalc.worldcup.tables.Table.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and self.values == other.values and self.length == other.length and self.note == other.note and self.source == other.source and self.supply == other.supply
    return __eq__


def _m87():  # skatecalc.worldcup.tables.Value.__eq__
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.points == other.points and self.status == other.status and self.source == other.source
    return __eq__


METHODS = {
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.distances == other.distances and self.title == other.title and self.final == other.final and self.source == other.source and self.status == other.status and self.aliases == other.aliases and self.cuts == other.cuts': _m0,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.after == other.after and self.size == other.size and self.source == other.source and self.status == other.status': _m1,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.size == other.size and self.long_index == other.long_index and self.fill == other.fill and self.source == other.source and self.status == other.status': _m2,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.size == other.size and self.source == other.source and self.status == other.status and self.after == other.after': _m3,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.results == other.results and self.distance_thousandths == other.distance_thousandths and self.distance_ranks == other.distance_ranks and self.total_thousandths == other.total_thousandths and self.status == other.status and self.finalist == other.finalist': _m4,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.distance == other.distance and self.index == other.index and self.n_distances == other.n_distances and self.finished == other.finished and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes and self.field_size == other.field_size': _m5,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.total == other.total and self.lead == other.lead and self.podium == other.podium': _m6,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.index == other.index and self.distance == other.distance and self.finished == other.finished and self.field_size == other.field_size and self.lines == other.lines and self.podium == other.podium and self.notes == other.notes': _m7,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.rank == other.rank and self.state == other.state and self.results == other.results and self.total == other.total and self.before_rank == other.before_rank and self.before == other.before and self.distance_rank == other.distance_rank and self.lead == other.lead and self.podium == other.podium and self.completed == other.completed': _m8,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.skater == other.skater and self.distance == other.distance and self.index == other.index and self.total == other.total and self.beat == other.beat and self.rank == other.rank and self.tie == other.tie and self.opponent == other.opponent and self.opponent_total == other.opponent_total and self.opponent_time == other.opponent_time and self.target == other.target and self.time == other.time and self.reference == other.reference and self.finished == other.finished and self._contenders == other._contenders and self.rounding == other.rounding and self.notes == other.notes': _m9,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.time == other.time and self.to_pass == other.to_pass and self.certain == other.certain': _m10,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.text == other.text and self.name == other.name and self.suffix == other.suffix and self.example == other.example': _m11,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.text == other.text and self.title == other.title and self.key == other.key and self.local_rows == other.local_rows and self.after == other.after': _m12,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.types == other.types and self.meaning == other.meaning': _m13,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.python == other.python and self.cli == other.cli': _m14,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.kind == other.kind and self.path == other.path and self.what == other.what and self.source == other.source and self.season == other.season': _m15,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.examples == other.examples': _m16,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.header == other.header and self.records == other.records and self.source == other.source and self.header_line == other.header_line': _m17,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.line == other.line and self.cells == other.cells and self.header == other.header and self.source == other.source': _m18,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.header == other.header and self.rows == other.rows and self.source == other.source and self.header_line == other.header_line': _m19,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.title == other.title and self.kind == other.kind and self.distance == other.distance and self.category == other.category and self.start == other.start and self.laps == other.laps and self.round == other.round and self.is_live == other.is_live and self.is_official == other.is_official and self.division == other.division': _m20,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.time == other.time and self.passage == other.passage and self.rank == other.rank': _m21,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.pair == other.pair and self.lane == other.lane and self.rank == other.rank and self.status == other.status and self.time == other.time and self.behind == other.behind and self.laps == other.laps and self.gender == other.gender': _m22,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.id == other.id and self.start == other.start and self.title == other.title and self.day == other.day and self.competition == other.competition and self.published == other.published and self.live == other.live': _m23,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.lines == other.lines': _m24,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.bounds == other.bounds and self.time_start == other.time_start and self.cells == other.cells': _m25,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.name == other.name and self.nation == other.nation and self.time == other.time and self.status == other.status and self.age_group == other.age_group and self.records == other.records and self.diff == other.diff': _m26,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.first_day == other.first_day and self.last_day == other.last_day and self.venue == other.venue and self.races == other.races': _m27,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.distance == other.distance and self.gender == other.gender and self.date == other.date and self.entries == other.entries and self.division == other.division': _m28,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.nation == other.nation and self.time == other.time and self.status == other.status and self.members == other.members': _m29,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.results == other.results and self.mass_start == other.mass_start and self.source == other.source': _m30,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.venue == other.venue and self.first == other.first and self.last == other.last and self.race == other.race': _m31,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.combination == other.combination and self.results == other.results and self.nations == other.nations and self.source == other.source and self.warnings == other.warnings and self.distance_places == other.distance_places': _m32,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.format == other.format and self.event == other.event and self.text == other.text and self.suffix == other.suffix and self.holds == other.holds': _m33,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.same_as == other.same_as and self.line == other.line': _m34,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.aliases == other.aliases and self.source == other.source': _m35,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rules == other.rules and self.cups == other.cups and self.source == other.source': _m36,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.metres == other.metres and self.nth == other.nth and self.last == other.last': _m37,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.items == other.items': _m38,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.n == other.n': _m39,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.name == other.name and self.result == other.result': _m40,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.distance == other.distance and self.entries == other.entries': _m41,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name': _m42,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.keys == other.keys': _m43,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rows == other.rows and self.tickets == other.tickets and self.discretionary == other.discretionary and self.source == other.source and self.status == other.status and self.games == other.games and self.groups == other.groups': _m44,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.order == other.order and self.tickets == other.tickets and self.discretionary == other.discretionary and self.remaining == other.remaining and self.skaters == other.skaters': _m45,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.status == other.status and self.first_row == other.first_row and self.best == other.best and self.worst == other.worst and self.needs == other.needs and self.routes == other.routes': _m46,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.event == other.event and self.places == other.places and self.reserve == other.reserve and self.cut == other.cut': _m47,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.noc == other.noc and self.points == other.points and self.best == other.best': _m48,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.event == other.event and self.size == other.size and self.points_places == other.points_places and self.times_places == other.times_places and self.max_per_noc == other.max_per_noc and self.split_status == other.split_status and self.year == other.year': _m49,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.noc == other.noc and self.name == other.name and self.via == other.via': _m50,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.events == other.events and self.removed == other.removed and self.before == other.before and self.after == other.after and self.reduction == other.reduction': _m51,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.year == other.year and self.games == other.games and self.athletes == other.athletes and self.per_gender == other.per_gender and self.events == other.events and self.max_per_noc_gender == other.max_per_noc_gender and self.reserve == other.reserve and self.source == other.source and self.status == other.status and self.split_source == other.split_source and self.max_per_noc_source == other.max_per_noc_source and self.max_per_noc_status == other.max_per_noc_status and self.reduction == other.reduction': _m52,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.caps == other.caps and self.order == other.order and self.source == other.source and self.status == other.status and self.method_status == other.method_status and self.provisional == other.provisional': _m53,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.reason == other.reason': _m54,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.row == other.row and self.freed_by == other.freed_by and self.finishing == other.finishing and self.team == other.team and self.holding == other.holding and self.starting == other.starting': _m55,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.kind == other.kind and self.distance == other.distance and self.place == other.place and self.status == other.status': _m56,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.holds == other.holds': _m57,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.row == other.row and self.earned == other.earned and self.holder == other.holder and self.reason == other.reason': _m58,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.order == other.order and self.tickets == other.tickets and self.names == other.names and self.team == other.team and self.added == other.added and self.assigned == other.assigned and self.dropped == other.dropped and self.rows == other.rows and self.results == other.results and self.mass_start == other.mass_start': _m59,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.number == other.number and self.first_row == other.first_row and self.status == other.status and self.team == other.team and self.designation == other.designation and self.distances == other.distances and self.mass_start == other.mass_start': _m60,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rows == other.rows and self.events == other.events and self.ties_rule == other.ties_rule and self.ties == other.ties': _m61,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.distance == other.distance and self.name == other.name and self.nation == other.nation and self.points == other.points and self.place == other.place and self.division == other.division and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition': _m62,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.gender == other.gender and self.event == other.event and self.block == other.block and self.quota_rank == other.quota_rank and self.nation == other.nation and self.no == other.no and self.name == other.name and self.points == other.points and self.time == other.time and self.venue == other.venue and self.date == other.date and self.competition == other.competition': _m63,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.nation == other.nation and self.points == other.points and self.places == other.places and self.best == other.best': _m64,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.mass_start == other.mass_start and self.added == other.added and self.assigned == other.assigned and self.designees == other.designees': _m65,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.number == other.number and self.name == other.name and self.row == other.row': _m66,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.text == other.text and self.url == other.url and self.date == other.date': _m67,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.headers == other.headers and self.rows == other.rows and self.align == other.align and self.before == other.before and self.after == other.after': _m68,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rival == other.rival and self.place == other.place and self.unconditional == other.unconditional and self.binding == other.binding': _m69,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.remaining == other.remaining and self.max_available == other.max_available and self.clinched == other.clinched and self.contenders == other.contenders and self.leader_guarantee == other.leader_guarantee and self.rows == other.rows and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup': _m70,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.can_still_win == other.can_still_win': _m71,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.sprint_points == other.sprint_points and self.finish == other.finish and self.status == other.status': _m72,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.entries == other.entries and self.rules == other.rules': _m73,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.race == other.race and self.names == other.names and self.scores == other.scores': _m74,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.final == other.final and self.division == other.division and self.distance == other.distance': _m75,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.season == other.season and self.division_a == other.division_a and self.division_b == other.division_b and self.final == other.final and self.mass_start == other.mass_start and self.distance_tables == other.distance_tables and self.team_status == other.team_status and self.team_source == other.team_source and self.mass_start_points_status == other.mass_start_points_status and self.final_field == other.final_field and self.tie_break == other.tie_break and self.source == other.source': _m76,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.rank == other.rank and self.before == other.before and self.added == other.added': _m77,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.race == other.race and self.place == other.place and self.status == other.status and self.points == other.points and self.division == other.division': _m78,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rank == other.rank and self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results': _m79,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.entries == other.entries and self.races == other.races and self.entrant == other.entrant and self.season == other.season and self.cup == other.cup': _m80,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.points == other.points and self.wins == other.wins and self.results == other.results': _m81,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.kind == other.kind and self.status == other.status and self.source == other.source and self.table == other.table and self.factor == other.factor': _m82,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.intermediate == other.intermediate and self.final_sprint == other.final_sprint and self.sprint_laps == other.sprint_laps and self.status == other.status and self.source == other.source and self.description == other.description': _m83,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.place == other.place and self.division_a == other.division_a and self.final == other.final and self.division_b == other.division_b': _m84,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.rules == other.rules and self.places == other.places': _m85,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.name == other.name and self.values == other.values and self.length == other.length and self.note == other.note and self.source == other.source and self.supply == other.supply': _m86,
    'def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return self.points == other.points and self.status == other.status and self.source == other.source': _m87,
}
