#include "util/date_format.h"

#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

namespace dokhae::util {

QString displayDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const bool korean = language == QLatin1String("ko");
    // Korean's long form is the one its press writes (2025년 7월 25일); English's medium form
    // (Jul 25, 2025) is its short, unambiguous one.
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(
        korean ? icu::DateFormat::kLong : icu::DateFormat::kMedium, icu::Locale(korean ? "ko" : "en_US")));
    if (!format)
        return date.toString(Qt::ISODate);
    // Noon UTC, formatted in UTC: the day cannot shift whatever the machine's time zone.
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    const QDateTime noon(date, QTime(12, 0), Qt::UTC);
    icu::UnicodeString formatted;
    format->format(static_cast<UDate>(noon.toMSecsSinceEpoch()), formatted);
    return QString(reinterpret_cast<const QChar *>(formatted.getBuffer()), formatted.length());
}

} // namespace dokhae::util
