#pragma once

#include "DomainEnums.h"
#include "Transaction.h"

#include <QDate>

#include <optional>

namespace WalletDesk {

// What the agent narrowed the transaction log to. The server applies it to
// its pages (toQuery); the cache applies it row by row (matches) when the
// server cannot be reached, so both show the same rows.
struct TransactionFilter
{
    std::optional<QDate> from; // China-time days, inclusive
    std::optional<QDate> to;
    std::optional<TransactionType> type;
    std::optional<TransactionStatus> status;
    std::optional<qint64> minFen;
    std::optional<qint64> maxFen;

    bool isEmpty() const { return !from && !to && !type && !status && !minFen && !maxFen; }
    // API query parameters, e.g. "from=2026-11-01&type=withdrawal"; empty without a filter.
    QString toQuery() const;
    bool matches(const Transaction &t) const;
    bool operator==(const TransactionFilter &) const = default;
};

} // namespace WalletDesk
