import Testing
import WorkshopModel

/// One test per validation rule, each on a deliberately bad file in `Tests/Fixtures/agendas`, asserting line, column and message.
@Suite struct AgendaValidationTests {
    /// Loads a fixture and checks it is refused with exactly these diagnostics.
    private func expectRefused(_ name: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let result = AgendaFixture.load(name)
        #expect(result.agenda == nil, "\(name) should not load", sourceLocation: sourceLocation)
        #expect(AgendaFixture.lines(result) == expected, sourceLocation: sourceLocation)
    }

    @Test func yamlSyntaxErrorHasLibyamlsPositionAndAHint() {
        expectRefused("bad-syntax.yaml", [
            "5:17: error: YAML syntax error: mapping values are not allowed in this context; text that contains `: ` must be in quotes, e.g. `title: \"Debat: rollen\"`",
        ])
    }

    @Test func tabIndentationIsExplained() {
        expectRefused("bad-tab-indent.yaml", [
            "3:1: error: YAML syntax error: found character that cannot start any token; indent with spaces, not tabs",
        ])
    }

    @Test func unknownKeysAreReportedWithASuggestionOrTheAllowedKeys() {
        expectRefused("bad-unknown-keys.yaml", [
            "2:1: error: unknown key `participation_targt` in the agenda; did you mean `participation_target`?",
            "6:5: error: unknown key `party` in person `Wouter Cyx`; did you mean `group`?",
            "8:5: error: block `intro` has no `end` or `minutes`; add how long it lasts, e.g. `minutes: 25` or `end: \"20:25\"`",
            "12:5: error: unknown key `duration` in block `intro`; did you mean `minutes`?",
            "13:5: error: unknown key `colour` in block `intro`; allowed keys are: id, kind, title, start, end, minutes, min_minutes, lead, notes, question, phases, polls, prompts",
        ])
    }

    @Test func wrongTypesSayWhatWasExpectedAndWhatWasFound() {
        expectRefused("bad-types.yaml", [
            "1:8: error: `title` of the agenda must be text, not a list",
            "3:3: error: `people` of the agenda must be a list, one item per line starting with `- ` (e.g. `- name: Wouter Cyx`), not a mapping (`key: value` lines)",
            "9:14: error: `minutes` of block `intro` must be a whole number such as `minutes: 25`, not `half an hour`",
            "14:14: error: `prompts` of block `debat` must be a list, one item per line starting with `- ` (e.g. `- Afspraken & acties?`), not `Wat blijft kleven?`",
            "19:18: error: `options` of poll `rollen` must be a list, one item per line starting with `- ` (e.g. `- Richting geven`), not `Richting geven`",
        ])
    }

    @Test func missingRequiredFieldsAreReportedWhereTheirMappingStarts() {
        expectRefused("bad-missing-fields.yaml", [
            "1:1: error: the agenda has no `title`; add one, e.g. `title: Workshop warmte`",
            "3:5: error: block 1 has no `id`; add one, e.g. `id: debat-1`",
            "3:5: error: block 1 has no `title`; add one, e.g. `title: Debat 1`",
            "6:5: error: block `debat` has no `kind`; add one, e.g. `kind: intro`",
            "6:5: error: block `debat` has no `end` or `minutes`; add how long it lasts, e.g. `minutes: 25` or `end: \"20:25\"`",
            "13:9: error: poll `kennis` has no `question`; add one, e.g. `question: Hoe goed ken ik het thema?`",
        ])
    }

    @Test func badClockTimesAndContradictingMinutes() {
        expectRefused("bad-times.yaml", [
            "6:12: error: `start` of block `intro` is not a valid time: `25:70`; write times as HH:MM, e.g. `start: \"20:00\"`",
            "11:12: error: `start` of block `situatie` is not a valid time: `20.25`; did you mean `start: \"20:25\"`? Times are written HH:MM",
            "18:14: error: `minutes: 25` of block `debat` does not match its times 20:50–21:20 (30 minutes); keep only one of `end` and `minutes`",
        ])
    }

    @Test func endNotAfterStartIsReportedAtTheEndValue() {
        expectRefused("bad-end-before-start.yaml", [
            "7:10: error: `end` 00:30 of block `laat` is before its `start` 23:30; a block must end after it starts — if it runs past midnight, write `end: \"24:30\"`",
            "12:10: error: `end` 00:30 of block `nul` is the same as its `start`; the block would last 0 minutes; fix `end` or `start`",
        ])
    }

    @Test func overlappingBlocksAreAnError() {
        expectRefused("bad-overlap.yaml", [
            "11:12: error: block `pauze` starts at 21:10, but the block before it (block `debat-1`) ends at 21:20: they overlap by 10 minutes; move this `start`, or end the block before earlier",
        ])
    }

    @Test func aGapBetweenBlocksIsOnlyAWarning() throws {
        let result = AgendaFixture.load("warn-gap.yaml")
        #expect(AgendaFixture.lines(result) == [
            "11:12: warning: a gap of 10 minutes between block `intro` (ends 20:25) and block `situatie` (starts 20:35); add a break block, or adjust the times if the gap is not meant",
        ])
        let agenda = try #require(result.agenda)
        #expect(agenda.blocks.map(\.plannedStart) == [ClockTime(hour: 20, minute: 0), ClockTime(hour: 20, minute: 35)])
        #expect(agenda.plannedEnd == ClockTime(hour: 20, minute: 50))
    }

    @Test func phasesLongerThanTheirBlockAndAMinimumLongerThanTheBlock() {
        expectRefused("bad-phases.yaml", [
            "8:18: error: `min_minutes` (30) of block `debat-2` is more than the block's own 25 minutes; it is the shortest the block may become when the evening runs late, so make it 25 or less",
            "9:5: error: the phases of block `debat-2` add up to 30 minutes (10 + 20), but the block lasts 25; shorten a phase or lengthen the block",
            "14:9: error: phase `Zonder tijd` of block `debat-2` has no `minutes`; add one, e.g. `minutes: 20`",
        ])
    }

    @Test func duplicateBlockAndPollIdsAndMalformedIds() {
        expectRefused("bad-duplicate-ids.yaml", [
            "12:9: error: block id `debat` is already used by the block at line 3; give each block its own id",
            "17:13: error: poll id `rollen` is already used by the poll at line 9; poll ids must be unique across the agenda",
            "20:9: error: block `debat 3`: `id` may only contain letters, digits, `-`, `_` and `.`, e.g. `id: debat-3`",
        ])
    }

    @Test func choicePollsNeedTwoDistinctOptions() {
        expectRefused("bad-poll-options.yaml", [
            "9:9: error: poll `rollen` is a ranking poll but has no `options`; list at least two under `options:`, one per line starting with `- `",
            "15:9: error: poll `een` is a single poll with only 1 option; give it at least two",
            "23:13: error: option `Richting geven` of poll `dubbel` appears twice (first at line 21); keep one",
            "27:9: warning: `options` are ignored for an open poll; remove them, or make poll `open` a single, multi or ranking poll",
            "33:9: error: poll `lang` has 22 options; use at most 21 (one key each when votes are entered), or split it into two polls",
        ])
    }

    @Test func maxChoicesMustFitTheOptions() {
        expectRefused("bad-max-choices.yaml", [
            "12:22: error: `max_choices` of poll `rollen` is 5, but the poll has 4 options; use a number from 1 to 4, or leave it out to allow any number",
            "21:22: error: `max_choices` of poll `nul` is 0; a participant must be able to tick at least 1 option, so use 1 or more, or leave it out to allow any number",
        ])
    }

    @Test func scaleMinMustBeBelowMaxAndLabelsInsideTheScale() {
        expectRefused("bad-scale.yaml", [
            "12:14: error: the scale of poll `kennis` runs from `min` 5 to `max` 1; `min` must be lower than `max`, e.g. `min: 1` and `max: 5`",
            "19:11: error: label 1 of poll `interesse` is outside its scale 3–5; remove it or widen `min`/`max`",
            "20:11: error: label 7 of poll `interesse` is outside its scale 3–5; remove it or widen `min`/`max`",
        ])
    }

    @Test func participationTargetOutsideZeroToOne() {
        expectRefused("bad-target.yaml", [
            "2:23: error: `participation_target` is 75, outside 0–1: it is the share of talk time for participants, e.g. 0.75 for 75%; for 75 percent write `participation_target: 0.75` or `75%`",
        ])
    }

    @Test func participationTargetMayBeWrittenAsAPercentage() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: a, kind: other, title: A, start: "20:00", minutes: 10}
            """, top: "participation_target: 60%\n"))
        #expect(result.diagnostics == [])
        #expect(try #require(result.agenda).participationTarget == 0.6)
    }

    @Test func aLeadWhoIsNotAmongThePeopleIsOnlyAWarning() throws {
        let result = AgendaFixture.load("warn-lead.yaml")
        #expect(AgendaFixture.lines(result) == [
            "11:11: warning: lead `Wouter` of block `intro` is not among `people` (did you mean `Wouter Cyx`?); add them to `people` or fix the spelling",
            "16:11: warning: lead `Ighor` of block `situatie` is not among `people`; add them to `people` or fix the spelling",
        ])
        #expect(try #require(result.agenda).blocks.map(\.lead) == ["Wouter", "Ighor"])
    }

    @Test func unknownEnumValuesListTheAllowedOnes() {
        expectRefused("bad-enums.yaml", [
            "2:11: error: unknown language `fr` in the agenda; use one of: nl, en",
            "5:11: error: unknown role `chair` in person `Wouter Cyx`; use one of: moderator, presenter, note-taker, participant",
            "7:11: error: unknown role `notetaker` in person `Notulist`; use one of: moderator, presenter, note-taker, participant; did you mean `note-taker`?",
            "10:11: error: unknown kind `debat` in block `debat`; use one of: intro, presentation, debate, break, close, other; did you mean `debate`?",
            "17:15: error: unknown kind `yes-no` in poll `eens`; use one of: scale, single, multi, ranking, open, traffic-light",
        ])
    }

    @Test func badDateAndUnknownTimeZone() {
        expectRefused("bad-date.yaml", [
            "2:7: error: `date` is not a real date: `2023-02-30`; write it as YYYY-MM-DD, e.g. `date: 2023-11-08`",
            "3:11: error: unknown time zone `Europe/Brusels`; use an IANA name such as `Europe/Brussels` or `Europe/Amsterdam`; did you mean `Europe/Brussels`?",
        ])
    }

    @Test func duplicateKeyIsReportedAtItsSecondOccurrence() {
        expectRefused("bad-duplicate-key.yaml", [
            "8:5: error: `title` is given twice in the same place; keep only one",
        ])
    }

    @Test func duplicatePeopleAndPeopleWithoutAName() {
        expectRefused("bad-people.yaml", [
            "6:11: error: `wouter cyx` is listed twice in `people` (first at line 3); names must be unique — add an initial or the group to tell them apart",
            "7:5: error: person 4 in `people` has no `name`; add one, e.g. `name: Wouter Cyx`",
        ])
    }

    @Test func anEmptyFileAndAFileThatIsNotAMapping() {
        expectRefused("bad-empty.yaml", [
            "1:1: error: the file is empty; an agenda needs at least `title:` and `blocks:` (see docs/agenda-format.md)",
        ])
        expectRefused("bad-not-a-mapping.yaml", [
            "1:1: error: the agenda must be a mapping of `key: value` lines, not a list",
        ])
    }

    @Test func theFirstBlockNeedsAStart() {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - id: a
                kind: other
                title: A
                minutes: 10
            """))
        #expect(AgendaFixture.lines(result) == [
            "6:5: error: the first block, block `a`, has no `start`; give it `start: \"20:00\"`, or put `start:` at the top of the agenda",
        ])
    }
}
