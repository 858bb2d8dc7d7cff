import HTTPTypes

/// A request refused: the status to answer with and the words that say what to do.
struct WebProblem: Error, Equatable {
    let status: HTTPResponse.Status
    let words: KeyPath<PageWords, String> & Sendable

    static func == (a: WebProblem, b: WebProblem) -> Bool { a.status == b.status && a.words == b.words }

    /// The message in the page's language.
    func message(in language: PageWords) -> String { language[keyPath: words] }

    static let notJoined = WebProblem(status: .unauthorized, words: \.notJoined)
    static let noDevice = WebProblem(status: .unauthorized, words: \.noDevice)
    static let wrongCode = WebProblem(status: .forbidden, words: \.wrongCode)
    static let tooLarge = WebProblem(status: .contentTooLarge, words: \.tooLarge)
    static let tooFast = WebProblem(status: .tooManyRequests, words: \.tooFast)
    static let busy = WebProblem(status: .serviceUnavailable, words: \.busy)
    static let malformed = WebProblem(status: .badRequest, words: \.malformed)
    static let unsupportedType = WebProblem(status: .unsupportedMediaType, words: \.unsupportedType)
    static let pollNotOpen = WebProblem(status: .conflict, words: \.pollNotOpen)
    static let choiceDoesNotFit = WebProblem(status: .unprocessableContent, words: \.choiceDoesNotFit)
    static let roundNotOpen = WebProblem(status: .conflict, words: \.roundNotOpen)
    static let emptyText = WebProblem(status: .unprocessableContent, words: \.emptyText)
    static let fieldTooLong = WebProblem(status: .contentTooLarge, words: \.fieldTooLong)
    static let foreignOrigin = WebProblem(status: .forbidden, words: \.foreignOrigin)
    static let notFound = WebProblem(status: .notFound, words: \.notFound)
    static let stopped = WebProblem(status: .serviceUnavailable, words: \.stopped)
}
