#include "peer_case.h"

#include "figures/quantity_parser.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cmath>

using namespace dokhae::figures;

namespace {

// The peers spell units their own way; these are the same units under our canonical symbols.
QString canonicalPeerUnit(const QString &unit)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("kilometre"), QStringLiteral("km")}, {QStringLiteral("metre"), QStringLiteral("m")},
        {QStringLiteral("centimetre"), QStringLiteral("cm")}, {QStringLiteral("millilitre"), QStringLiteral("ml")},
        {QStringLiteral("mL"), QStringLiteral("ml")},        {QStringLiteral("litre"), QStringLiteral("L")},
        {QStringLiteral("l"), QStringLiteral("L")},          {QStringLiteral("gram"), QStringLiteral("g")},
        {QStringLiteral("degree"), QStringLiteral("°")},     {QStringLiteral("celsius"), QStringLiteral("°C")},
        {QStringLiteral("fahrenheit"), QStringLiteral("°F")}, {QStringLiteral("gallon"), QStringLiteral("gal")},
        {QStringLiteral("hectolitre"), QStringLiteral("hL")},
    };
    return aliases.value(unit, unit);
}

bool sameNumber(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

struct ExpectedValue
{
    double low = 0;
    std::optional<double> high;
    Bound bound = Bound::Eq;
};

// "7760000000", "[25000,30000]", "[5000,)", "(5000,)", "(,10000]", "(,10000)".
std::optional<ExpectedValue> parseExpectedValue(const QString &text)
{
    ExpectedValue expected;
    bool ok = false;
    if (!text.startsWith(u'[') && !text.startsWith(u'(')) {
        expected.low = text.toDouble(&ok);
        return ok ? std::optional(expected) : std::nullopt;
    }
    const QStringList ends = text.mid(1, text.size() - 2).split(u',');
    if (ends.size() != 2)
        return std::nullopt;
    if (ends[0].isEmpty()) {
        expected.low = ends[1].toDouble(&ok);
        expected.bound = text.endsWith(u']') ? Bound::Le : Bound::Lt;
    } else if (ends[1].isEmpty()) {
        expected.low = ends[0].toDouble(&ok);
        expected.bound = text.startsWith(u'[') ? Bound::Ge : Bound::Gt;
    } else {
        expected.low = ends[0].toDouble(&ok);
        expected.high = ends[1].toDouble();
        expected.bound = Bound::Range;
    }
    return ok ? std::optional(expected) : std::nullopt;
}

QString describe(const Quantity &q, QStringView input)
{
    return QStringLiteral("got %1%2 %3 unit=%4 currency=%5 bound=%6 span=\"%7\"")
        .arg(q.value, 0, 'g', 17)
        .arg(q.valueMax ? QStringLiteral("..%1").arg(*q.valueMax, 0, 'g', 17) : QString())
        .arg(kindName(q.kind), q.unit, q.currency, boundName(q.bound),
             input.mid(q.start, q.end - q.start).toString());
}

} // namespace

QList<PeerCase> loadPeerCases(const QString &path)
{
    QList<PeerCase> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cases;
    QTextStream stream(&file);
    stream.readLine(); // header
    int line = 1;
    while (!stream.atEnd()) {
        const QStringList fields = stream.readLine().split(u'\t');
        ++line;
        if (fields.size() < 8)
            continue;
        cases.append({line, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[7]});
    }
    return cases;
}

QString outOfScopeReason(const PeerCase &peerCase)
{
    static const QStringList marketAndKitchenMeasures{QStringLiteral("근"), QStringLiteral("cup")};
    if (peerCase.kind == u"quantity" && marketAndKitchenMeasures.contains(peerCase.unit))
        return QStringLiteral("quantity: market and kitchen measures (근, cup), not news units");
    return {};
}

QString disagreement(const PeerCase &peerCase)
{
    auto expected = parseExpectedValue(peerCase.value);
    if (!expected)
        return QStringLiteral("unreadable expected value %1").arg(peerCase.value);
    // The peers give a bare 센트 in cents; we read it as the dollar's hundredth (십센트 is 0.10 USD),
    // as their bare 달러 is USD.
    const bool cents = peerCase.kind == u"money" && peerCase.unit == u"cent";
    if (cents) {
        expected->low /= 100;
        if (expected->high)
            *expected->high /= 100;
    }
    // The text normalizers' spans are whole sentences; the number filter's are the number alone.
    // Either way the expression is looked for inside the input when the input is not one.
    const bool wholeInput = peerCase.span == peerCase.input;
    auto quantity = wholeInput ? parseExpression(peerCase.input) : std::nullopt;
    if (!quantity) {
        quantity = findQuantity(peerCase.input);
        // A sentence about one figure must yield that figure alone.
        if (quantity && findQuantity(peerCase.input, quantity->end))
            return QStringLiteral("more than one figure in the sentence");
    }
    if (!quantity)
        return QStringLiteral("no reading");
    const Quantity &q = *quantity;
    const QString got = describe(q, peerCase.input);

    if (!sameNumber(q.value, expected->low) || q.bound != expected->bound)
        return QStringLiteral("value: ") + got;
    if (expected->high && !(q.valueMax && sameNumber(*q.valueMax, *expected->high)))
        return QStringLiteral("upper end: ") + got;

    const QString kind = q.kind == QuantityKind::Fraction ? QStringLiteral("numeral") : kindName(q.kind);
    if (kind != peerCase.kind)
        return QStringLiteral("kind: ") + got;
    const QString unit = peerCase.kind == u"money" ? q.currency : q.unit;
    if (unit != (cents ? QStringLiteral("USD") : canonicalPeerUnit(peerCase.unit)))
        return QStringLiteral("unit: ") + got;

    if (!wholeInput) {
        const QStringView input(peerCase.input);
        const QStringView whole = input.mid(q.start, q.end - q.start);
        const QStringView numbers = input.mid(q.numberStart, q.numberEnd - q.numberStart);
        if (whole != peerCase.span && numbers != peerCase.span)
            return QStringLiteral("span: ") + got;
    }
    return {};
}
