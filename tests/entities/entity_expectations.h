#pragma once

#include "entities/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

// An expectation list made by reading an article (tests/data/entities/*.expected.tsv) and the
// recall and precision of a recognition result against it.
struct ExpectedEntity {
    dokhae::entities::EntityType type = dokhae::entities::EntityType::Organization;
    QStringList names;
    bool optional = false;
};

struct Score {
    int expected = 0;       // required entities
    int found = 0;          // required entities recognized
    int reported = 0;       // recognized entities that are not optional ones
    int correct = 0;        // of those, the ones on the list
    QStringList missed;     // required names not recognized
    QStringList unexpected; // recognized names not on the list
    QStringList wrongType;  // on the list, but recognized with another type

    double recall() const { return expected ? double(found) / expected : 1.0; }
    double precision() const { return reported ? double(correct) / reported : 1.0; }
    QString summary(const QString &label) const;
};

QList<ExpectedEntity> loadExpectations(const QString &path, QString *error);
Score scoreEntities(const QList<dokhae::entities::ArticleEntity> &recognized, const QList<ExpectedEntity> &expected);
// The reading text of a file, as the importer makes it.
QString readingTextOf(const QString &path);
