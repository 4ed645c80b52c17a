#pragma once

#include "article.h"

#include <QDate>
#include <QStringList>

namespace dokhae::import {

struct MetadataSplit {
    ArticleMetadata meta;
    QStringList body;  // the paragraphs left once title, byline and date lines are taken out
};

// Reads title, author, publisher and date from the header lines of a plain-text article
// ("title | publisher", "글 : 이름 / 매체 2025-07-25", "2025.03.27 23:08:39", "이름 기자 email"),
// and from a closing byline ("매체 이름 기자 |"). Lines it reads are removed from the body.
// Fields already in `known` (from an HTML head) are kept; a paragraph repeating the known title
// is consumed, any other first paragraph stays in the body.
MetadataSplit extractMetadata(const QStringList &paragraphs, const ArticleMetadata &known = {});

// "제목 | 매체" -> {"제목", "매체"}; a line without a short trailing part after '|' is all title.
struct TitleParts {
    QString title;
    QString publisher;
};
TitleParts splitTitleLine(const QString &line);

// The first calendar date in the text: 2025-07-25, 2025.03.27, 2025/3/27, 2025년 3월 27일,
// 2025-03-27T23:08:39+09:00. Invalid when there is none.
QDate findDate(QStringView text);

} // namespace dokhae::import
