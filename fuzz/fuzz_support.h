#pragma once
// What every harness shares: the input as text, and a check that stops the run (so libFuzzer keeps
// the input) when a promise of the code under test is broken, not only when it crashes.

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace dokhae::fuzz {

// Invalid UTF-8 becomes U+FFFD, as in QString::fromUtf8: every byte string is some text.
inline QString utf8Text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void invariantBroken(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", what, file, line);
    std::abort();
}

// [start, end) is a span of a text of `size` UTF-16 units.
inline bool isSpanOf(qsizetype start, qsizetype end, qsizetype size)
{
    return 0 <= start && start <= end && end <= size;
}

} // namespace dokhae::fuzz

#define FUZZ_CHECK(condition) \
    ((condition) ? void(0) : ::dokhae::fuzz::invariantBroken(#condition, __FILE__, __LINE__))
