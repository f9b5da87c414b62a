#pragma once

#include <QString>

#include <optional>

namespace WalletDesk {

// A tel: URI (RFC 3966) as a softphone or CTI client opens it with the
// console: tel:+8613800138000, tel:+86-138-0013-8000, tel:13800138000.
class TelUri
{
public:
    // Whether the argument is meant as one (tel: in any case), valid or not.
    static bool isTelUri(const QString &argument);
    // The caller number it names, as --call takes it ("+" and digits, or
    // digits), or nothing when it is not a telephone number.
    static std::optional<QString> callerNumber(const QString &uri);
};

} // namespace WalletDesk
