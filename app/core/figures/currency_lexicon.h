#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dokhae::figures {

struct CurrencyMatch
{
    QString code; // ISO 4217
    qsizetype end = 0;
    double factor = 1; // a minor unit's part of the currency: 0.01 for 센트 (of the dollar), 펜스
};

// Currency names written after an amount: 원, 달러, 위안화, 홍콩 달러, 영국파운드, USD.
// ICU's Korean display names supply the country-qualified forms for every current ISO 4217
// currency; the everyday words (달러 is USD, 불 too; 위안 is CNY) are added on top, and the minor
// units (센트, 유로센트, 펜스, 페니, 코페이카, 파이사, 펀, 상팀), each worth the part of its currency
// that ICU's fraction digits give (50센트 is 0.50 USD).
std::optional<CurrencyMatch> matchCurrencyAfter(QStringView text, qsizetype pos);

// Currency signs and codes written before an amount: $, US$, HK$, ₩, €, ¥, EUR, krw.
std::optional<CurrencyMatch> matchCurrencyBefore(QStringView text, qsizetype pos);

// 센트 after a dollar or euro amount (이달러 이십삼센트): the currency's hundredth.
bool hasCents(const QString &code);

} // namespace dokhae::figures
