#pragma once

#include "AuditEntry.h"
#include "Language.h"
#include "ReferenceData.h"

#include <QCoreApplication>
#include <QStringList>

namespace WalletDesk {

// The audit log in words: what each action code the server writes means
// ("account.view" reads 查看账户 / Opened account) and each detail as a
// sentence. The one table of them for the list, its filter and the export;
// a code it does not know yet reads as the code itself.
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)

public:
    // Every action code the server writes (docs/api.md), grouped by what
    // they concern, and the group prefixes the filter offers ("complaint"
    // finds every complaint.*).
    static QStringList actionCodes();
    static QStringList groupPrefixes();
    // An action code or a group prefix in words, or the code when unknown.
    static QString action(const QString &code);
    // The entry's detail as a sentence; reference names wrap-up and
    // resolution codes in the language given.
    static QString detail(
        const AuditEntry &entry, const ReferenceData &reference, Language language);
};

} // namespace WalletDesk
