#include "TranslationLoader.h"

void TranslationLoader::install() { }
