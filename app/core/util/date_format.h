#pragma once

#include <QDate>
#include <QString>

namespace dokhae::util {

// A date as a reader of `language` ("ko" or "en") writes it, through ICU's date formats:
// 2025년 7월 25일 in Korean, Jul 25, 2025 in English. Empty for an invalid date. The ISO form
// stays in files and JSON; this is only for display.
QString displayDate(const QDate &date, const QString &language);

} // namespace dokhae::util
