#pragma once

#include "figures/quantity.h"

#include <QList>
#include <QString>

#include <optional>

// One row of tests/data/ko-numbers/peer-cases.tsv (see the README beside it).
struct PeerCase
{
    int line = 0;
    QString source;
    QString input;
    QString value;
    QString unit;
    QString kind;
    QString span;
    QString note;
};

QList<PeerCase> loadPeerCases(const QString &path);

// Why a case is outside this project's scope, by its kind and unit; empty when in scope.
QString outOfScopeReason(const PeerCase &peerCase);

// What is wrong with our reading of the case; empty when it agrees with the peers.
QString disagreement(const PeerCase &peerCase);
