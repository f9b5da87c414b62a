#pragma once

#include "ActionRequest.h"
#include "Device.h"
#include "LoginAttempt.h"

namespace WalletDesk {

// A combination of facts that a second person should not miss; the server
// finds them, the console says them in words.
enum class RiskPattern {
    // A device the customer never marked as trusted is still signed in.
    UntrustedDeviceSignedIn,
    // Sign-ins failed on a device that is not a trusted one of the account.
    FailuresFromUntrustedDevice,
    // Failed sign-ins from such a device, then this request to reset a
    // second factor or unfreeze: how a taken-over account is finished off.
    FailuresThenSecurityReset,
    // The password or the second factor changed in the last 7 days.
    RecentSecurityChange,
    // Two or more other requests on the account this week.
    RepeatedRequests,
};

template<> struct EnumNames<RiskPattern>
{
    static constexpr std::array<std::pair<RiskPattern, const char *>, 5> table {
        {{RiskPattern::UntrustedDeviceSignedIn, "untrusted_device_signed_in"},
            {RiskPattern::FailuresFromUntrustedDevice, "failures_from_untrusted_device"},
            {RiskPattern::FailuresThenSecurityReset, "failures_then_security_reset"},
            {RiskPattern::RecentSecurityChange, "recent_security_change"},
            {RiskPattern::RepeatedRequests, "repeated_requests"}}};
};

// What the approver needs beside a request so as not to decide blind: the
// account's devices, its failed sign-ins of the last 24 hours with places,
// recent password and second-factor changes, the other requests on the
// account this week, and the patterns found among them.
struct RiskContext
{
    QList<Device> devices;
    QList<LoginAttempt> failedSignIns;
    QList<ActionRequest> securityChanges;
    QList<ActionRequest> otherRequests;
    QList<RiskPattern> patterns;

    static RiskContext read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const RiskContext &) const = default;
};

} // namespace WalletDesk
