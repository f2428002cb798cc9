import SamkalAPI

// The operations whose problem answers `APIErrorAnswer.answer(to:language:)` gives.

extension Operations.AddParticipant.Output: AgreementProblemOutput {}
extension Operations.CreateFeed.Output: AgreementProblemOutput {}
extension Operations.ImportBusyTime.Output: AgreementProblemOutput {}
extension Operations.ImportParticipants.Output: AgreementProblemOutput {}
extension Operations.ImportReplies.Output: AgreementProblemOutput {}
extension Operations.Invite.Output: AgreementProblemOutput {}
extension Operations.InternalControlReport.Output: AgreementProblemOutput {}
extension Operations.ListAudit.Output: AgreementProblemOutput {}
extension Operations.ListFeeds.Output: AgreementProblemOutput {}
extension Operations.ListOutbox.Output: AgreementProblemOutput {}
extension Operations.ListParticipants.Output: AgreementProblemOutput {}
extension Operations.ListReplies.Output: AgreementProblemOutput {}
extension Operations.PlanAgreement.Output: AgreementProblemOutput {}
extension Operations.PlanChanges.Output: AgreementProblemOutput {}
extension Operations.RetryOutbox.Output: AgreementProblemOutput {}
extension Operations.Attendance.Output: RecordProblemOutput {}
extension Operations.CloseActionItem.Output: RecordProblemOutput {}
extension Operations.EndParticipant.Output: RecordProblemOutput {}
extension Operations.ListMeetings.Output: RecordProblemOutput {}
extension Operations.LogMinutes.Output: RecordProblemOutput {}
extension Operations.PlanRegion.Output: RecordProblemOutput {}
extension Operations.RevokeFeed.Output: RecordProblemOutput {}
extension Operations.RotateFeed.Output: RecordProblemOutput {}
extension Operations.ShowMinutes.Output: RecordProblemOutput {}
extension Operations.ShowParticipant.Output: RecordProblemOutput {}
