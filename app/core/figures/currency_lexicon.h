#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dokhae::figures {

struct CurrencyMatch
{
    QString code; // ISO 4217
    qsizetype end = 0;
};

// Currency names written after an amount: 원, 달러, 위안화, 홍콩 달러, 영국파운드, USD.
// ICU's Korean display names supply the country-qualified forms for every current ISO 4217
// currency; the everyday words (달러 is USD, 불 too; 위안 is CNY) are added on top.
std::optional<CurrencyMatch> matchCurrencyAfter(QStringView text, qsizetype pos);

// Currency signs and codes written before an amount: $, US$, HK$, ₩, €, ¥, EUR, krw.
std::optional<CurrencyMatch> matchCurrencyBefore(QStringView text, qsizetype pos);

// 센트 after a dollar or euro amount (이달러 이십삼센트): the currency's hundredth.
bool hasCents(const QString &code);

} // namespace dokhae::figures
