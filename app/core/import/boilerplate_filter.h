#pragma once

#include <QStringList>

namespace dokhae::import {

// Removes what is not the article: newsletter sign-up boxes, site footers (registration and
// phone numbers, copyright), advertisements and promotional blocks, site chrome (runs of short
// labels, image links), FAQ blocks, and blocks repeated elsewhere in the page (a summary that
// repeats the body). Rules work on line-level features and vocabulary, never on seed strings.
QStringList removeBoilerplate(const QStringList &paragraphs);

} // namespace dokhae::import
