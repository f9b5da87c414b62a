#pragma once

#include "Language.h"

#include <QObject>
#include <QTranslator>

namespace WalletDesk {

// Installs the console's translation (zh_CN, the primary language, or en)
// at runtime; every widget then receives QEvent::LanguageChange.
class LanguageSwitch : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitch(QObject *parent = nullptr);

    Language language() const { return m_language; }
    // Returns false if the translation cannot be loaded.
    bool setLanguage(Language language);

Q_SIGNALS:
    void languageChanged(WalletDesk::Language language);

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    Language m_language = Language::Chinese;
};

} // namespace WalletDesk
