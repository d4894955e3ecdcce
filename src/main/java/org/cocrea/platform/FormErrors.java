package org.cocrea.platform;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Rejects a form field even when the form object could not be built. When a value cannot be converted
 * (text in a number or a yes/no field), Spring leaves the record unconstructed and
 * {@link Errors#rejectValue} would throw; the person must still see every problem with their form.
 */
public final class FormErrors {
    private FormErrors() {}

    public static void reject(Errors errors, String field, String code, Object... args) {
        if (errors instanceof BindingResult result && result.getTarget() == null) {
            result.addError(new FieldError(
                    result.getObjectName(), field, null, false, result.resolveMessageCodes(code, field), args, code));
        } else {
            errors.rejectValue(field, code, args, code);
        }
    }
}
