#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// An amount in fen (1/100 yuan) with its ISO 4217 currency. Never a double.
struct Money
{
    qint64 fen = 0;
    QString currency = QStringLiteral("CNY");

    // Bounded well inside the 2^53 that JSON numbers carry exactly.
    static constexpr qint64 maxFen = 1'000'000'000'000'000LL;

    static Money read(JsonReader &r);
    QJsonObject toJson() const;
    // "1,204.50 CNY": grouped, with the currency code; for logs and tests.
    // People read amounts through the console's DisplayNames::amount.
    QString toPlainString() const;
    // "1,204.50": grouped, no currency.
    QString toGroupedString() const;
    // "1204.50": digits and a point, no grouping and no currency, so that a
    // spreadsheet reads a number; the checklists quote amounts this way too.
    QString toDecimalString() const;
    bool operator==(const Money &) const = default;
};

} // namespace WalletDesk
