#pragma once

#include "Complaint.h"
#include "DomainEnums.h"

#include <QString>

#include <optional>

namespace WalletDesk {

// What a supervisor narrows the complaint queue to. Saved filters are kept
// as their query string (no personal data in it: codes and ids only).
struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    QString category;
    QString channel;
    std::optional<qint64> assignee;
    bool overdueOnly = false;
    // Without a status, the queue shows complaints still open; resolved ones
    // only when asked for.
    bool includeResolved = false;

    QString toQuery() const;
    // The same test the server applies, for complaints the changes feed brings.
    bool matches(const Complaint &complaint, const QDateTime &now) const;
    // Unknown or malformed parts are dropped, never guessed.
    static ComplaintFilter fromQuery(const QString &query);
    bool operator==(const ComplaintFilter &) const = default;
};

} // namespace WalletDesk
