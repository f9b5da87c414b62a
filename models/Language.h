#pragma once

#include <QString>

#include <optional>

namespace WalletDesk {

// The console's two interface languages. Reference data carries a name in
// each; the settings, the command line and the translation files spell them
// as locale codes ("zh_CN", "en").
enum class Language { Chinese, English };

QString languageCode(Language language);
// nullopt for anything but the two codes.
std::optional<Language> languageFromCode(const QString &code);

// The name a coded item shows in that language.
template<typename Item> QString nameIn(const Item &item, Language language)
{
    return language == Language::Chinese ? item.nameZh : item.nameEn;
}

} // namespace WalletDesk
