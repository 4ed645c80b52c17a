#include "util/date_format.h"

#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

namespace dokhae::util {

namespace {

// Korean's long form is the one its press writes (2025년 7월 25일); English's medium form
// (Jul 25, 2025) is its short, unambiguous one. Made once per thread and language: a table asks
// for a date on every row it paints, and making an ICU formatter costs far more than using one
// (which is not safe across threads, hence one per thread).
icu::DateFormat *formatFor(bool korean)
{
    thread_local std::unique_ptr<icu::DateFormat> formats[2];
    std::unique_ptr<icu::DateFormat> &format = formats[korean ? 1 : 0];
    if (!format) {
        format.reset(icu::DateFormat::createDateInstance(korean ? icu::DateFormat::kLong : icu::DateFormat::kMedium,
                                                         icu::Locale(korean ? "ko" : "en_US")));
        // Formatted in UTC from noon UTC: the day cannot shift whatever the machine's time zone.
        if (format)
            format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    }
    return format.get();
}

} // namespace

QString displayDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    icu::DateFormat *format = formatFor(language == QLatin1String("ko"));
    if (!format)
        return date.toString(Qt::ISODate);
    const QDateTime noon(date, QTime(12, 0), Qt::UTC);
    icu::UnicodeString formatted;
    format->format(static_cast<UDate>(noon.toMSecsSinceEpoch()), formatted);
    return QString(reinterpret_cast<const QChar *>(formatted.getBuffer()), formatted.length());
}

} // namespace dokhae::util
