#include <QApplication>

#include <gtest/gtest.h>

// Widget test executables share this main: a QApplication on the platform the environment names
// (offscreen under ctest).
int main(int argc, char **argv)
{
    // Test discovery runs the binary outside ctest's environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("godwit-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
