#include "RiskContext.h"

namespace WalletDesk {

RiskContext RiskContext::read(JsonReader &r)
{
    RiskContext c;
    c.devices = r.list<Device>(QStringLiteral("devices"), 200);
    c.failedSignIns = r.list<LoginAttempt>(QStringLiteral("failedSignIns"), 200);
    c.securityChanges = r.list<ActionRequest>(QStringLiteral("securityChanges"), 200);
    c.otherRequests = r.list<ActionRequest>(QStringLiteral("otherRequests"), 200);
    const QStringList patterns = r.stringList(QStringLiteral("patterns"), 16, 64);
    // A pattern this console does not know yet is left out, not an error:
    // the server may learn new ones before every console is updated.
    for (const QString &code : patterns) {
        if (const auto pattern = enumFromString<RiskPattern>(code))
            c.patterns.append(*pattern);
    }
    return c;
}

QJsonObject RiskContext::toJson() const
{
    QJsonArray patternCodes;
    for (RiskPattern p : patterns)
        patternCodes.append(enumToString(p));
    return {{QStringLiteral("devices"), toJsonArray(devices)},
        {QStringLiteral("failedSignIns"), toJsonArray(failedSignIns)},
        {QStringLiteral("securityChanges"), toJsonArray(securityChanges)},
        {QStringLiteral("otherRequests"), toJsonArray(otherRequests)},
        {QStringLiteral("patterns"), patternCodes}};
}

} // namespace WalletDesk
