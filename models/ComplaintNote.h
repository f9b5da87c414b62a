#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// An append-only note on a complaint. Notes are never edited or deleted.
struct ComplaintNote
{
    qint64 id = 0;
    qint64 complaintId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString body;
    QDateTime createdAt;

    static ComplaintNote read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintNote &) const = default;
};

} // namespace WalletDesk
