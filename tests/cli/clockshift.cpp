// Preloaded (LD_PRELOAD) into a factdesk-cli run by tst_cliteam: moves the process's wall clock by
// FACTDESK_TEST_CLOCK_SHIFT seconds, as on an analyst's machine whose clock is off. The monotonic
// clocks are left alone. Built without sanitizers; an ASan build of the command is run with
// ASAN_OPTIONS=verify_asan_link_order=0, since this library then comes before ASan's.
#include <dlfcn.h>
#include <sys/time.h>
#include <time.h>

#include <cstdlib>

namespace {

long shiftSeconds()
{
    static const long shift = [] {
        const char *text = std::getenv("FACTDESK_TEST_CLOCK_SHIFT");
        return text ? std::atol(text) : 0L;
    }();
    return shift;
}

template<typename Function> Function nextDefinition(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int clock_gettime(clockid_t clock, struct timespec *when) noexcept
{
    static const auto real = nextDefinition<int (*)(clockid_t, struct timespec *)>("clock_gettime");
    const int result = real(clock, when);
    if (result == 0 && when && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE))
        when->tv_sec += shiftSeconds();
    return result;
}

int gettimeofday(struct timeval *when, void *zone) noexcept
{
    static const auto real = nextDefinition<int (*)(struct timeval *, void *)>("gettimeofday");
    const int result = real(when, zone);
    if (result == 0 && when)
        when->tv_sec += shiftSeconds();
    return result;
}

time_t time(time_t *out) noexcept
{
    struct timespec now = { 0, 0 };
    clock_gettime(CLOCK_REALTIME, &now);
    if (out)
        *out = now.tv_sec;
    return now.tv_sec;
}

} // extern "C"
