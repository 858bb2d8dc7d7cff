import HTTPTypes
import Hummingbird

/// Wraps every request: refuses everything once the server is stopped, turns unknown routes and
/// framework errors into clear answers, and adds the security headers to every response.
struct RoomGuard: RouterMiddleware {
    typealias Context = RoomContext
    let server: RoomServer

    /// Only this server's own script, style and connections; no frames, no plugins, no foreign forms.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: RoomContext, next: (Request, RoomContext) async throws -> Response) async throws -> Response {
        var response: Response
        if server.isStopped {
            response = server.problemJSON(.stopped)
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                switch error.status {
                case .notFound: response = server.problemJSON(.notFound)
                case .contentTooLarge: response = server.problemJSON(.tooLarge)
                case .methodNotAllowed: response = server.problemJSON(.notFound)
                default: response = server.problemJSON(.malformed)
                }
            }
        }
        response.headers[HTTPField.Name("Content-Security-Policy")!] = Self.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}
