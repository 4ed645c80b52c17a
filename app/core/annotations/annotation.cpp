#include "annotations/annotation.h"

#include "text/text_normalizer.h"

#include <QUuid>

namespace dokhae::annotations {

namespace {

struct ColorEntry {
    const char *key;
    const char *hex;
};

// Tints pale enough to read black text through, apart from one another, and apart from the
// reader's own marks (green figures, yellow search hits are drawn under these, violet entities).
constexpr ColorEntry kColors[] = {
    {"yellow", "#ffd54a"},
    {"red", "#ff8a80"},
    {"blue", "#82b1ff"},
    {"green", "#8fe3a1"},
    {"purple", "#d0a8ff"},
};

} // namespace

const QStringList &colorKeys()
{
    static const QStringList keys = [] {
        QStringList all;
        for (const ColorEntry &entry : kColors)
            all << QLatin1String(entry.key);
        return all;
    }();
    return keys;
}

QString defaultColorKey()
{
    return colorKeys().first();
}

bool isColorKey(const QString &key)
{
    return colorKeys().contains(key);
}

QString colorHex(const QString &key)
{
    for (const ColorEntry &entry : kColors) {
        if (key == QLatin1String(entry.key))
            return QLatin1String(entry.hex);
    }
    return QLatin1String(kColors[0].hex);
}

QString newAnnotationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> plainAnnotationId(QStringView text)
{
    constexpr QStringView urn = u"urn:uuid:";
    constexpr qsizetype uuidLength = 36;
    if (text.startsWith(urn, Qt::CaseInsensitive))
        text = text.sliced(urn.size());
    if (text.size() != uuidLength)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &raw : tags) {
        QString tag = text::collapseWhitespace(text::toNfc(raw));
        tag.remove(QLatin1Char(','));
        tag = tag.trimmed();
        if (tag.isEmpty())
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const QString &kept) {
            return kept.compare(tag, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            result << tag;
    }
    return result;
}

} // namespace dokhae::annotations
