#include "import/metadata_extractor.h"

#include "import/boilerplate_signals.h"
#include "import/byline.h"
#include "import/line_features.h"

#include <QRegularExpression>

namespace dokhae::import {

namespace {

// Header lines sit above the first paragraph of prose; a closing credit sits within the last lines.
constexpr int kHeaderLines = 12;
constexpr int kClosingLines = 8;
constexpr int kCopyrightLines = 24;
constexpr int kDatelineParagraphs = 5;
constexpr qsizetype kProseLength = 80;
constexpr qsizetype kMinTitleLength = 6;  // shorter lines above an article are menu items

bool isProse(const QString &paragraph)
{
    return features::visibleLength(paragraph) > kProseLength && features::endsWithSentencePunctuation(paragraph);
}

// Headlines are short and are not sentences of prose: no closing full stop, no second sentence.
bool looksLikeTitle(const QString &line)
{
    static const QRegularExpression sentenceBreak(QStringLiteral("(?<!\\.)\\.\\s+\\S"));
    const qsizetype length = features::visibleLength(line);
    const bool fullStop = line.endsWith(u'.') && !line.endsWith(u"..");
    return length <= kProseLength && !fullStop && !sentenceBreak.match(line).hasMatch();
}

// Menu items, links and labels that a copied page carries above its headline.
bool isPageChrome(const QString &line)
{
    return features::visibleLength(line) < kMinTitleLength || features::isImageOrLinkLine(line)
        || features::isLinkLabel(line) || isTemplateLabel(line) || features::isMenuLine(line)
        || features::isBulletLine(line) || features::endsWithPhotoCredit(line);
}

// Letters and digits only, so a repeated title matches despite spacing or quote differences.
QString comparisonKey(QStringView text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

bool sameTitle(QStringView line, QStringView title)
{
    const QString key = comparisonKey(title);
    return !key.isEmpty() && comparisonKey(line) == key;
}

// The holder named in a closing copyright notice: "Copyright ⓒ 이코노뉴스.", "<저작권자(c) 연합뉴스, …>".
QString copyrightHolder(const QString &line)
{
    static const QRegularExpression notice(
        QStringLiteral("(?:copyright|저작권자)?\\s*(?:ⓒ|©|\\(c\\))\\s*(?:(?:19|20)\\d{2}\\s*)?([^.,|<>()]{2,24}?)\\s*(?:[.,|>]|all rights|무단|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = notice.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

void takeByline(ArticleMetadata &meta, const Byline &byline)
{
    if (meta.author.isEmpty())
        meta.author = byline.author;
    if (meta.source.isEmpty())
        meta.source = byline.source;
    if (!meta.published.isValid())
        meta.published = byline.date;
}

} // namespace

TitleParts splitTitleLine(const QString &line)
{
    static const QRegularExpression pipe(QStringLiteral("\\s*[|｜]\\s*"));
    const QStringList parts = line.split(pipe, Qt::SkipEmptyParts);
    if (parts.size() >= 2 && features::visibleLength(parts.last()) <= 30
        && features::visibleLength(parts.first()) > 0)
        return {parts.first(), parts.last()};
    return {line, {}};
}

QDate findDate(QStringView text)
{
    static const QRegularExpression date(QStringLiteral(
        "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[.\\-/]|년)\\s*(\\d{1,2})\\s*(?:[.\\-/]|월)\\s*(\\d{1,2})(?!\\d)"));
    for (auto it = date.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QDate candidate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (candidate.isValid())
            return candidate;
    }
    return {};
}

MetadataSplit extractMetadata(const QStringList &paragraphs, const ArticleMetadata &known)
{
    MetadataSplit split;
    ArticleMetadata &meta = split.meta;
    meta = known;
    QList<bool> consumed(paragraphs.size(), false);

    // A title from an HTML head counts as taken; its repetition in the body is consumed below.
    bool titleTaken = !known.title.isEmpty();
    qsizetype headerEnd = 0;
    for (qsizetype i = 0; i < paragraphs.size() && i < kHeaderLines; ++i) {
        const QString &line = paragraphs.at(i);
        headerEnd = i;
        if (isProse(line))
            break;
        if (titleTaken && sameTitle(line, meta.title)) {
            consumed[i] = true;
        } else if (isDateLine(line)) {
            if (!meta.published.isValid())
                meta.published = findDate(line);
            consumed[i] = true;
        } else if (const auto credit = parseCreditLine(line)) {
            takeByline(meta, *credit);
            consumed[i] = true;
        } else if (const auto reporter = parseReporterLine(line)) {
            takeByline(meta, *reporter);
            consumed[i] = true;
        } else if (!titleTaken && !isPageChrome(line)) {
            // The first line of text is the title or there is none: a sentence is never promoted.
            titleTaken = true;
            if (!looksLikeTitle(line))
                continue;
            const TitleParts parts = splitTitleLine(line);
            meta.title = parts.title;
            if (meta.source.isEmpty())
                meta.source = parts.publisher;
            consumed[i] = true;
        }
    }

    for (qsizetype i = paragraphs.size() - 1; i > headerEnd && i >= paragraphs.size() - kClosingLines; --i) {
        if (const auto reporter = parseReporterLine(paragraphs.at(i))) {
            takeByline(meta, *reporter);
            consumed[i] = true;
        }
    }
    // A portal copy goes on after the notice with reactions and rankings: it is looked for further up.
    QString holder;
    for (qsizetype i = paragraphs.size() - 1; i > headerEnd && i >= paragraphs.size() - kCopyrightLines && holder.isEmpty(); --i) {
        if (hasCopyrightNotice(paragraphs.at(i)))
            holder = copyrightHolder(paragraphs.at(i));
    }
    // Left in the body for the boilerplate step; a publisher only when nothing else named one.
    if (meta.source.isEmpty())
        meta.source = holder;

    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (!consumed.at(i))
            split.body.append(paragraphs.at(i));
    }
    // Wire copy opens its first paragraph with "(서울=연합뉴스) 김철수 기자 = "; a photo caption may
    // come before it.
    for (qsizetype i = 0; i < split.body.size() && i < kDatelineParagraphs; ++i) {
        if (const auto dateline = parseWireDateline(split.body.at(i))) {
            takeByline(meta, dateline->byline);
            split.body[i].remove(0, dateline->prefixLength);
            break;
        }
    }
    return split;
}

} // namespace dokhae::import
