#include "Language.h"

namespace WalletDesk {

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return Language::Chinese;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

} // namespace WalletDesk
