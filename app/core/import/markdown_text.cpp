#include "import/markdown_text.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dokhae::import {

namespace {

QString plainLine(QString line)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}(?:>\\s?)+"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|```.*|~~~.*)$"));
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1"));

    if (rule.match(line).hasMatch())
        return {};
    line.replace(heading, QStringLiteral("\\1"));
    line.remove(quote);
    line.remove(image);
    line.replace(link, QStringLiteral("\\1"));
    line.replace(strong, QStringLiteral("\\2"));
    return line;
}

} // namespace

QString markdownToPlainText(QStringView markdown)
{
    QStringList lines;
    for (const QStringView line : markdown.split(u'\n'))
        lines.append(plainLine(line.toString()));
    return lines.join(u'\n');
}

bool hasMarkdownExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md";
}

} // namespace dokhae::import
