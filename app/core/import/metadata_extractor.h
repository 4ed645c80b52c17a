#pragma once

#include "article.h"

#include <QStringList>

namespace dokhae::import {

struct MetadataSplit {
    ArticleMetadata meta;
    QStringList body;  // the paragraphs left once title, byline and date lines are taken out
};

// Reads title, author, publisher and date from the header lines of a plain-text article
// ("title | publisher", "글 : 이름 / 매체 2025-07-25", "2025.03.27 23:08:39", "이름 기자 email"),
// and from a closing byline ("매체 이름 기자 |"). Lines it reads are removed from the body.
MetadataSplit extractMetadata(const QStringList &paragraphs);

} // namespace dokhae::import
