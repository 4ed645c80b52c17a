#pragma once

#include <QStringList>
#include <QStringView>

// The words and sentence patterns the corpus generator fills in, kept as text in
// corpus_material.txt (which says how a pattern names its slots) and read once.
namespace dokhae::corpus::material {

// A list of the file by name: "titles", "figures" (sentences with figures), "plain" (without),
// "reporters", "publishers", "mail-domains", or a slot's words ("company"). Empty for a name
// the file lacks, such as a number slot.
const QStringList &list(QStringView name);

} // namespace dokhae::corpus::material
