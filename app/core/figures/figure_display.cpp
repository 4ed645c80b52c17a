#include "figures/figure.h"

#include <QHash>
#include <QLocale>

#include <unicode/ucurr.h>

#include <cmath>

namespace dokhae::figures {

namespace {

// At most `most` decimals, and no trailing zeros: 22.6, 42.195, 7.76, 1,339.
QString plainNumber(const QLocale &locale, double value, int most = 3)
{
    int decimals = 0;
    while (decimals < most) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            break;
        ++decimals;
    }
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

// Korean amounts are read in sections of four digits: 97조 5,000억, 77억 6,000만, 5만 4,000.
QString koreanNumber(double value)
{
    const QLocale locale(QLocale::Korean, QLocale::SouthKorea);
    if (std::abs(value) < 1e4)
        return plainNumber(locale, value);
    QString sign = value < 0 ? QStringLiteral("-") : QString();
    auto rest = quint64(std::llround(std::abs(value)));
    static const std::pair<quint64, QChar> units[] = {
        {10000000000000000ULL, u'경'}, {1000000000000ULL, u'조'}, {100000000ULL, u'억'}, {10000ULL, u'만'}};
    QStringList parts;
    for (const auto &[size, word] : units) {
        if (rest >= size) {
            parts << locale.toString(rest / size) + word;
            rest %= size;
        }
    }
    if (rest > 0)
        parts << locale.toString(rest);
    return sign + parts.join(u' ');
}

// English amounts use the short scale: $67.2 billion, 2.6 million.
QString englishNumber(double value)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    static const std::pair<double, const char *> scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    for (const auto &[size, word] : scales) {
        if (std::abs(value) >= size)
            return plainNumber(locale, value / size, 2) + u' ' + QLatin1String(word);
    }
    return plainNumber(locale, value);
}

QString currencySymbol(const QString &code)
{
    const std::u16string iso = code.toStdU16String();
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoice = false;
    int32_t length = 0;
    const UChar *name = ucurr_getName(reinterpret_cast<const UChar *>(iso.c_str()), "en", UCURR_SYMBOL_NAME,
                                      &isChoice, &length, &status);
    return U_SUCCESS(status) ? QString(reinterpret_cast<const QChar *>(name), length) : code;
}

QString koreanCurrency(const QString &code)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("KRW"), QStringLiteral("원")},   {QStringLiteral("USD"), QStringLiteral("달러")},
        {QStringLiteral("CNY"), QStringLiteral("위안")}, {QStringLiteral("JPY"), QStringLiteral("엔")},
        {QStringLiteral("EUR"), QStringLiteral("유로")}, {QStringLiteral("GBP"), QStringLiteral("파운드")},
        {QStringLiteral("HKD"), QStringLiteral("홍콩달러")}, {QStringLiteral("TWD"), QStringLiteral("대만달러")}};
    return words.value(code, code);
}

QString koreanUnit(const Figure &f)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("year"), QStringLiteral("년")}, {QStringLiteral("month"), QStringLiteral("개월")},
        {QStringLiteral("day"), QStringLiteral("일")},  {QStringLiteral("week"), QStringLiteral("주일")},
        {QStringLiteral("h"), QStringLiteral("시간")},
        {QStringLiteral("min"), QStringLiteral("분")},  {QStringLiteral("s"), QStringLiteral("초")},
        {QStringLiteral("×"), QStringLiteral("배")},    {QStringLiteral("GPU-h"), QStringLiteral("GPU 시간")}};
    return words.value(f.unit, f.unit);
}

QString englishUnit(const Figure &f, double value)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("year"), QStringLiteral("year")},   {QStringLiteral("month"), QStringLiteral("month")},
        {QStringLiteral("week"), QStringLiteral("week")},   {QStringLiteral("세"), QStringLiteral("years old")},
        {QStringLiteral("day"), QStringLiteral("day")},     {QStringLiteral("h"), QStringLiteral("hour")},
        {QStringLiteral("min"), QStringLiteral("minute")},  {QStringLiteral("s"), QStringLiteral("second")},
        {QStringLiteral("명"), QStringLiteral("people")},    {QStringLiteral("개국"), QStringLiteral("countries")},
        {QStringLiteral("개사"), QStringLiteral("companies")}, {QStringLiteral("차례"), QStringLiteral("times")},
        {QStringLiteral("회"), QStringLiteral("times")},    {QStringLiteral("번"), QStringLiteral("times")}};
    const auto found = words.constFind(f.unit);
    if (found == words.cend())
        return f.kind == FigureKind::Quantity ? f.unit : QString(); // km stays km; 곳, 개 have no word
    const bool unitNoun = f.kind == FigureKind::Duration;
    return unitNoun && value != 1 ? *found + u's' : *found;
}

QString dateText(const Figure &f, bool korean);

QString one(const Figure &f, double value, bool korean)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    switch (f.kind) {
    case FigureKind::Money:
        if (!korean)
            return currencySymbol(f.currency) + englishNumber(value);
        // 672억 달러 and 97조 5,000억 원 are spaced after the unit word; 1,380원 and 5달러 are not.
        return koreanNumber(value) + (koreanNumber(value).back().isDigit() ? QString() : QStringLiteral(" "))
            + koreanCurrency(f.currency);
    case FigureKind::Percent:
        return (korean ? koreanNumber(value) : plainNumber(en, value)) + u'%';
    case FigureKind::PercentagePoint:
        return korean ? koreanNumber(value) + QStringLiteral("%p") : plainNumber(en, value) + QStringLiteral(" pp");
    case FigureKind::Ratio:
        if (f.unit.isEmpty())
            return korean ? koreanNumber(value) : plainNumber(en, value, 4);
        return korean ? koreanNumber(value) + u'배' : plainNumber(en, value) + u'×';
    case FigureKind::Rank:
        return korean ? koreanNumber(value) + koreanUnit(f) : QStringLiteral("No. ") + plainNumber(en, value);
    case FigureKind::Date:
        return dateText(f, korean);
    default: break;
    }
    if (korean) {
        const QString number = koreanNumber(value);
        const QString unit = koreanUnit(f);
        // 6,710억 개 and 260만 GPU 시간 are spaced; 1,339곳 and 10년 are not.
        const bool spaced = !unit.isEmpty() && (!number.back().isDigit() || (unit.front().isLetter() && unit.front().unicode() < 0x80));
        return number + (spaced ? QStringLiteral(" ") : QString()) + unit;
    }
    const QString unit = englishUnit(f, value);
    return englishNumber(value) + (unit.isEmpty() ? QString() : u' ' + unit);
}

QString dateText(const Figure &f, bool korean)
{
    QStringList ends;
    for (const QString &iso : f.isoDate.split(u'/')) {
        // 2024-03-01, 2024-03, 2024; without a year --06-10 and --06; a day alone ---10.
        int year = 0, month = 0, day = 0;
        if (iso.startsWith(u'Q')) {
            ends << (korean ? iso.mid(1) + QStringLiteral("분기") : iso);
            continue;
        }
        if (iso.startsWith(QLatin1String("---"))) {
            day = iso.mid(3).toInt();
        } else if (iso.startsWith(QLatin1String("--"))) {
            month = iso.mid(2, 2).toInt();
            day = iso.mid(5).toInt();
        } else {
            const QStringList parts = iso.split(u'-');
            year = parts.value(0).toInt();
            month = parts.value(1).toInt();
            day = parts.value(2).toInt();
        }
        QStringList words;
        if (korean) {
            if (year) words << QString::number(year) + u'년';
            if (month) words << QString::number(month) + u'월';
            if (day) words << QString::number(day) + u'일';
            ends << words.join(u' ');
        } else {
            const QLocale en(QLocale::English, QLocale::UnitedStates);
            QString text = month ? en.monthName(month) : QString();
            if (day) text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(day);
            if (year) text += (text.isEmpty() ? QString() : (day ? QStringLiteral(", ") : QStringLiteral(" "))) + QString::number(year);
            ends << text;
        }
    }
    return ends.join(korean ? QStringLiteral("~") : QStringLiteral("–"));
}

} // namespace

QString displayValue(const Figure &figure, const QString &language)
{
    const bool korean = language.startsWith(QLatin1String("ko"));
    if (figure.kind == FigureKind::Date)
        return dateText(figure, korean);
    QString text = one(figure, figure.value, korean);
    if (figure.bound == Bound::Range && figure.valueMax) {
        // The unit is written once, after the upper end: 2만~3만 명, 30~40%, 20,000–30,000 people.
        const QString upper = one(figure, *figure.valueMax, korean);
        const QString upperNumber = korean ? koreanNumber(*figure.valueMax) : englishNumber(*figure.valueMax);
        const QString unit = upper.startsWith(upperNumber) ? upper.mid(upperNumber.size()) : QString();
        if (!unit.isEmpty() && text.endsWith(unit))
            text.chop(unit.size());
        text += (korean ? u'~' : u'–') + upper;
    }
    static const QHash<Bound, std::pair<const char16_t *, const char16_t *>> bounds{
        {Bound::Ge, {u" 이상", u"at least "}}, {Bound::Gt, {u" 초과", u"more than "}},
        {Bound::Le, {u" 이하", u"up to "}},    {Bound::Lt, {u" 미만", u"less than "}}};
    if (const auto b = bounds.constFind(figure.bound); b != bounds.cend())
        text = korean ? text + QString::fromUtf16(b->first) : QString::fromUtf16(b->second) + text;
    if (figure.approximate)
        text = korean ? QStringLiteral("약 ") + text : QStringLiteral("about ") + text;
    return text;
}

QString currencyWord(const QString &isoCode, const QString &language)
{
    return language == u"en" ? currencySymbol(isoCode) : koreanCurrency(isoCode);
}

} // namespace dokhae::figures
