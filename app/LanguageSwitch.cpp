#include "LanguageSwitch.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace WalletDesk {

LanguageSwitch::LanguageSwitch(QObject *parent)
    : QObject(parent)
{
}

bool LanguageSwitch::setLanguage(Language language)
{
    const QString code = languageCode(language);
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_translator.load(QStringLiteral(":/i18n/walletdesk_%1.qm").arg(code)))
        return false;
    // Qt's own texts (standard buttons, context menus) follow too, where installed.
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(code),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace WalletDesk
