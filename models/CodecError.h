#pragma once

#include <QString>

namespace WalletDesk {

// What went wrong while decoding or validating a value: the offending field
// (a dotted path such as "cards[1].number") and a message for people.
struct CodecError
{
    QString field;
    QString message;

    bool isNull() const { return field.isEmpty() && message.isEmpty(); }
    QString toString() const
    {
        return field.isEmpty() ? message : field + QLatin1String(": ") + message;
    }
};

} // namespace WalletDesk
