#pragma once

#include <QString>
#include <QStringView>

namespace dokhae::import {

// The text a reader sees in a Markdown file: heading and quote markers, emphasis, images and
// link targets removed; line structure kept so paragraphs stay where they were.
QString markdownToPlainText(QStringView markdown);

bool hasMarkdownExtension(const QString &fileName);

} // namespace dokhae::import
