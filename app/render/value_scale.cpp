#include "value_scale.h"

#include "figures/figure.h"

#include <QHash>

#include <array>
#include <cmath>

namespace dokhae::render {

namespace {

struct ScaleStep {
    double size;
    const char16_t *word;
};

// Largest first; a chart takes the largest step its largest value reaches.
constexpr std::array<ScaleStep, 3> kKoreanSteps{{{1e12, u"조"}, {1e8, u"억"}, {1e4, u"만"}}};
constexpr std::array<ScaleStep, 4> kEnglishSteps{{{1e12, u"T"}, {1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}}};

template <std::size_t N>
ScaleStep stepFor(const std::array<ScaleStep, N> &steps, double largest)
{
    for (const ScaleStep &step : steps) {
        if (std::abs(largest) >= step.size)
            return step;
    }
    return {1, u""};
}

// English symbols (CN¥ keeps the yuan apart from the yen); an unknown code gets a space (CHF 1.2B).
QString englishCurrencySymbol(const QString &code)
{
    const QString symbol = figures::currencyWord(code, QStringLiteral("en"));
    return symbol == code ? code + u' ' : symbol;
}

// What an English reader calls the things a Korean counter counts; the axis title says it, so the
// numbers stay bare. A counter without an obvious word (개, 곳) gets no title rather than a wrong one.
QString englishCountNoun(const QString &unit)
{
    static const QHash<QString, QString> nouns{
        {QStringLiteral("명"), QStringLiteral("people")},     {QStringLiteral("개국"), QStringLiteral("countries")},
        {QStringLiteral("개사"), QStringLiteral("companies")}, {QStringLiteral("건"), QStringLiteral("cases")},
        {QStringLiteral("편"), QStringLiteral("papers")},     {QStringLiteral("회"), QStringLiteral("times")},
        {QStringLiteral("번"), QStringLiteral("times")},      {QStringLiteral("차례"), QStringLiteral("times")}};
    return nouns.value(unit);
}

bool isLatin(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x250)
            return false;
    }
    return true;
}

// 672억 달러 and 260만 명 are spaced after the scale word; 50편 and 5,000달러 are not; km always is.
QString koreanSuffix(const QString &scaleWord, const QString &unitWord)
{
    if (unitWord.isEmpty())
        return scaleWord;
    const bool spaced = !scaleWord.isEmpty() || isLatin(unitWord);
    return scaleWord + (spaced ? QStringLiteral(" ") : QString()) + unitWord;
}

} // namespace

QLocale chartLocale(const QString &language)
{
    return language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                             : QLocale(QLocale::Korean, QLocale::SouthKorea);
}

ValueScale valueScaleFor(const QString &unit, const QString &currency, double largest, const QString &language)
{
    ValueScale scale;
    scale.locale = chartLocale(language);
    const bool english = language == u"en";
    if (unit == u"%") {  // shares are never scaled: 22.6%, 0.4%
        scale.suffix = QStringLiteral("%");
        return scale;
    }
    const ScaleStep step = english ? stepFor(kEnglishSteps, largest) : stepFor(kKoreanSteps, largest);
    scale.divisor = step.size;
    const QString scaleWord = QString::fromUtf16(step.word);
    if (!currency.isEmpty()) {
        if (english) {
            scale.prefix = englishCurrencySymbol(currency);
            scale.suffix = scaleWord;
        } else {
            scale.suffix = koreanSuffix(scaleWord, figures::currencyWord(currency, QStringLiteral("ko")));
        }
        return scale;
    }
    if (!english) {
        scale.suffix = koreanSuffix(scaleWord, unit);
        return scale;
    }
    // English: 2.6M km; Korean counters become the axis title (50 with "papers" beside the axis).
    scale.suffix = scaleWord;
    if (isLatin(unit) && !unit.isEmpty())
        scale.suffix += u' ' + unit;
    else
        scale.axisTitle = englishCountNoun(unit);
    return scale;
}

ValueScale valueScale(const charts::ChartSpec &spec, const QString &language)
{
    double largest = 0;
    for (const charts::ChartSeries &series : spec.series) {
        for (const charts::ChartPoint &point : series.points)
            largest = std::max(largest, std::abs(point.value));
    }
    return valueScaleFor(spec.unit, spec.currency, largest, language);
}

QString ValueScale::format(double raw) const
{
    // Qt Charts writes bar and point labels with QLocale 'g' at the series' precision; so does this,
    // so that a label in the picture and the same value in a tooltip or a test are the same text.
    return prefix + locale.toString(scaled(raw), 'g', kPrecision) + suffix;
}

QString ValueScale::formatTick(double scaledValue, int decimals) const
{
    return prefix + locale.toString(scaledValue, 'f', decimals) + suffix;
}

QString ValueScale::axisLabelFormat(int decimals) const
{
    // Qt's localized label format: text before, one %.Nf, text after ("%" needs no escaping here).
    return prefix + QStringLiteral("%.") + QString::number(decimals) + u'f' + suffix;
}

QString ValueScale::labelTemplate(const QString &tag) const
{
    return prefix + tag + suffix;
}

} // namespace dokhae::render
