import { DatePicker, type DatePickerProps } from 'antd';
import { formatPickedDate, todayInShanghai } from './format';

/** A calendar day up to today in Shanghai (a signing or payment date is never in the future). */
export function PastDatePicker(props: DatePickerProps) {
  return (
    <DatePicker
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      disabledDate={(d) => (formatPickedDate(d) ?? '') > todayInShanghai()}
      {...props}
    />
  );
}
