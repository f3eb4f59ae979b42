#include "ImportSession.h"

#include "import/RejectWriter.h"

ImportRequest ImportSession::request(ImportMode mode) const
{
    ImportRequest request;
    request.sourcePath = sourcePath;
    request.profile = profile;
    request.profile.file = fileOptions;
    request.mode = mode;
    // Bad rows always go to a file a lead can open, fix and import again.
    request.rejectPath = RejectWriter::defaultPathFor(sourcePath);
    return request;
}
