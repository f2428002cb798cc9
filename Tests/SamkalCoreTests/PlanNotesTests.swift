import SamkalCore
import Testing

/// The notes of a plan (its warnings with their meetings' titles, and what could not be
/// placed) are the same whether made from the plan or from its sheet.
struct PlanNotesTests {
    typealias Planning = ParticipantPlanningTests

    @Test func theNotesOfAPlanAreTheNotesOfItsSheet() throws {
        let plan = Planning.plan(try Planning.agreement(), [
            Planning.participant(language: "ps", interpreter: true), Planning.participant("D-2", nav: nil),
        ])
        let notes = PlanNotes(plan)
        #expect(!notes.unplaced.isEmpty)
        #expect(notes == PlanNotes(PlanSheet(plan)))
    }

    @Test func aWarningNamesItsMeetingByTitle() throws {
        let agreement = try PlannerTests.exampleAgreement()
        let plan = PlannerTests.plan(agreement, from: "2027-01-01", to: "2027-12-31")
        let notes = PlanNotes(plan)
        #expect(notes.warnings.contains { $0.meeting != nil })
        #expect(notes == PlanNotes(PlanSheet(plan)))
    }
}
