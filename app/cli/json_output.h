#pragma once

#include "article.h"
#include "store/library.h"

#include <QJsonObject>

namespace dokhae::cli {

// The JSON shapes of the CLI contract (README, "CLI"). Offsets, where any appear, are code points.
QJsonObject summaryToJson(const ArticleSummary &summary);
QJsonObject recordToJson(const ArticleRecord &record);
QJsonObject searchHitToJson(const store::SearchHit &hit);

} // namespace dokhae::cli
