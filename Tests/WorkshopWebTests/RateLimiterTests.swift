import Testing
@testable import WorkshopWeb

@Suite struct RateLimiterTests {
    @Test func aBurstPassesThenTheKeyIsSlowedToItsRate() {
        let limiter = RateLimiter(burst: 3, perSecond: 1)
        let start = ContinuousClock.now
        #expect((0..<3).allSatisfy { _ in limiter.allow("phone", now: start) })
        #expect(!limiter.allow("phone", now: start))
        #expect(limiter.allow("other", now: start))
        #expect(limiter.allow("phone", now: start + .seconds(1)))
        #expect(!limiter.allow("phone", now: start + .seconds(1)))
    }

    @Test func manyFreshKeysStayBoundedAndKeepTheRecentOnesHistory() {
        let limiter = RateLimiter(burst: 2, perSecond: 0.001, remembered: 100)
        let start = ContinuousClock.now
        #expect(limiter.allow("busy", now: start) && limiter.allow("busy", now: start))
        for n in 0..<1_000 {
            _ = limiter.allow("phone-\(n)", now: start + .milliseconds(n))
            #expect(limiter.count <= 100)
        }
        // "busy" is long forgotten (the least recently seen), so it starts afresh; a recent key is remembered.
        #expect(limiter.allow("busy", now: start + .seconds(1)))
        #expect(limiter.allow("phone-999", now: start + .seconds(1)))
        #expect(!limiter.allow("phone-999", now: start + .seconds(1)))
    }
}
