#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

#include <optional>

namespace WalletDesk {

// A person who signs in, as an administrator manages them (GET /staff): the
// desk sees only Agent, which leaves out everything about their sign-in.
struct StaffMember
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Agent;
    bool disabled = false;
    std::optional<QDateTime> lockedUntil; // while sign-in is locked after failures
    bool passwordChangeRequired = false; // signed in next with a one-time password
    TotpState totp = TotpState::None;
    std::optional<QDateTime> lastSignInAt;
    qint64 version = 1;

    // Whether sign-in is locked at the given instant.
    bool isLocked(const QDateTime &now) const { return lockedUntil && *lockedUntil > now; }

    static StaffMember read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const StaffMember &) const = default;

    // The rules POST /staff applies to a new username (3 to 32 of a-z 0-9 . _ -,
    // starting with a letter): empty when it is acceptable, else why not.
    static QString usernameProblem(const QString &username);
    // The rules for a display name, wherever it is set (POST and PATCH /staff,
    // `admin create-user --display-name`): empty when acceptable, else why not.
    static QString displayNameProblem(const QString &displayName);
};

} // namespace WalletDesk
