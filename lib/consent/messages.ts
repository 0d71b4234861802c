// Messages more than one step uses. The same words for an unknown ID and a wrong password, so the
// screen never tells which one was wrong.
export const WRONG_LOGIN = "入力された内容に誤りがあります。ご確認のうえ、再度入力してください。";
