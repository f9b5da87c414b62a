#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A search hit: enough to tell candidate accounts apart, all masked.
struct AccountSummary
{
    qint64 id = 0;
    QString accountNumber; // masked
    QString name; // masked
    QString phone; // masked
    QString email; // masked
    AccountStatus status = AccountStatus::Active;
    int kycLevel = 0;

    static AccountSummary read(JsonReader &r);
    QJsonObject toJson() const;
    // Appends toJson() as QJsonDocument::Compact writes it, without building
    // it (a search page's hot path); false, with `out` part-written, when a
    // text needs escaping: then write toJson() instead.
    bool appendCompactJson(QByteArray &out) const;
    bool operator==(const AccountSummary &) const = default;
};

} // namespace WalletDesk
